package dev.mocksy.question;

import dev.mocksy.evaluation.AnswerFlag;
import dev.mocksy.evaluation.Evaluation;
import dev.mocksy.evaluation.RubricCategory;
import dev.mocksy.interview.Answer;
import dev.mocksy.interview.Difficulty;
import dev.mocksy.interview.InterviewType;
import dev.mocksy.interview.Level;
import dev.mocksy.interview.Role;
import dev.mocksy.interview.Turn;
import java.util.EnumMap;
import java.util.List;
import java.util.Set;

/** Real domain values for tests: questions, evaluations and turns, built the way the session builds them. */
final class Fixtures {

    private Fixtures() {}

    static Question question(String id, InterviewType type, Set<Role> roles, Set<Level> levels, Difficulty difficulty) {
        return question(id, type, roles, levels, difficulty, List.of(), List.of());
    }

    static Question question(
            String id,
            InterviewType type,
            Set<Role> roles,
            Set<Level> levels,
            Difficulty difficulty,
            List<String> technologies,
            List<String> companies) {
        return new Question(
                id,
                "Question " + id + " about " + String.join(" ", technologies) + "?",
                type,
                roles,
                levels,
                difficulty,
                technologies,
                companies,
                List.of(new KeyPoint("Point of " + id, List.of("term " + id))),
                FollowUpPrompt.ofTexts(List.of("Follow-up of " + id + "?")),
                List.of("Model answer of " + id + "."),
                List.of(),
                null);
    }

    static Evaluation evaluation(double overall, List<String> covered, List<String> missed, AnswerFlag... flags) {
        EnumMap<RubricCategory, Double> categories = new EnumMap<>(RubricCategory.class);
        for (RubricCategory category : RubricCategory.values()) {
            categories.put(category, overall);
        }
        return new Evaluation(
                overall, categories, covered, missed, List.of(), "", Set.of(flags), "heuristic", List.of());
    }

    static Turn mainTurn(Question question, String answer, Evaluation evaluation) {
        return new Turn(question, null, null, Answer.of(answer), evaluation);
    }

    static Turn turn(Question question, Answer answer, Evaluation evaluation) {
        return new Turn(question, null, null, answer, evaluation);
    }

    static Turn followUpTurn(FollowUp followUp, String parentId, String answer, Evaluation evaluation) {
        return new Turn(followUp.question(), parentId, followUp.reason(), Answer.of(answer), evaluation);
    }
}
