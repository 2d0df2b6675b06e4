package dev.mocksy.question;

import dev.mocksy.interview.Difficulty;
import dev.mocksy.interview.InterviewPlan;
import dev.mocksy.interview.Turn;
import dev.mocksy.resume.CandidateProfile;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What a {@link QuestionGenerator} knows when it picks the next main question.
 *
 * @param plan the interview plan
 * @param profile the candidate's profile, or {@code null} when no resume was given
 * @param history every turn so far, oldest first
 * @param targetDifficulty the difficulty to aim at, adapted to the running score
 * @param previousQuestionIds the ids of questions the candidate was asked in earlier sessions; generators prefer
 *     questions not among them
 * @param weakTopics topics the candidate scored low on in earlier sessions (technologies or key-point words, e.g.
 *     {@code "kafka"}, {@code "indexes"}); generators prefer questions about them
 */
public record QuestionRequest(
        InterviewPlan plan,
        CandidateProfile profile,
        List<Turn> history,
        Difficulty targetDifficulty,
        Set<String> previousQuestionIds,
        List<String> weakTopics) {

    public QuestionRequest {
        Objects.requireNonNull(plan, "plan");
        history = List.copyOf(history == null ? List.of() : history);
        targetDifficulty = targetDifficulty == null ? plan.difficulty() : targetDifficulty;
        previousQuestionIds = Set.copyOf(previousQuestionIds == null ? Set.of() : previousQuestionIds);
        weakTopics = List.copyOf(weakTopics == null ? List.of() : weakTopics);
    }

    /** A request that knows nothing of earlier sessions. */
    public QuestionRequest(
            InterviewPlan plan, CandidateProfile profile, List<Turn> history, Difficulty targetDifficulty) {
        this(plan, profile, history, targetDifficulty, Set.of(), List.of());
    }

    /** The same request with what the candidate had in earlier sessions. */
    public QuestionRequest withEarlierSessions(Set<String> questionIds, List<String> topics) {
        return new QuestionRequest(plan, profile, history, targetDifficulty, questionIds, topics);
    }

    /** The number of main questions asked so far. */
    public int mainQuestionsAsked() {
        return (int) history.stream().filter(turn -> !turn.isFollowUp()).count();
    }
}
