package dev.mocksy.analytics;

import dev.mocksy.interview.Turn;
import dev.mocksy.question.Question;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The topics a question is about: its technologies; for a question without any, the subject its bank id names (e.g.
 * {@code beh-conflict-01} is about "conflict (behavioral)"); else its type.
 */
public final class Topics {

    // Bank ids are <area>-<subject>-<number>, e.g. be-sql-index-01 or beh-conflict-01.
    private static final Pattern BANK_ID = Pattern.compile("[a-z]+-([a-z][a-z0-9]*(?:-[a-z][a-z0-9]*)*)-\\d+");

    private Topics() {}

    /** The topics of one question, never empty. */
    public static List<String> of(Question question) {
        if (!question.technologies().isEmpty()) {
            return question.technologies();
        }
        String type = question.type().displayName().toLowerCase(Locale.ROOT);
        Matcher id = BANK_ID.matcher(question.id());
        if (id.matches()) {
            return List.of(id.group(1).replace('-', ' ') + " (" + type + ")");
        }
        return List.of(question.type().displayName());
    }

    /**
     * The topics of a turn: a follow-up without topics of its own shares its main question's.
     *
     * @param mainQuestions the session's main questions by id
     */
    static List<String> of(Turn turn, Map<String, Question> mainQuestions) {
        Question question = turn.question();
        if (turn.isFollowUp() && question.technologies().isEmpty()) {
            Question parent = mainQuestions.get(turn.parentQuestionId());
            if (parent != null) {
                return of(parent);
            }
        }
        return of(question);
    }

    /** Whether a topic is one of the technologies a plan can ask for (rather than a subject or a type). */
    static boolean isTechnology(String topic, Question question) {
        return question.technologies().contains(topic);
    }
}
