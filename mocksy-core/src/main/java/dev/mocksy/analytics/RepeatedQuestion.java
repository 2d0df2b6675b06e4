package dev.mocksy.analytics;

import java.util.List;
import java.util.Objects;

/**
 * The same question answered in several sessions, side by side, oldest first.
 *
 * @param questionId the question
 * @param question its text
 * @param attempts each evaluated answer
 */
public record RepeatedQuestion(String questionId, String question, List<AnswerAttempt> attempts) {

    public RepeatedQuestion {
        Objects.requireNonNull(questionId, "questionId");
        Objects.requireNonNull(question, "question");
        attempts = List.copyOf(attempts);
    }

    /** The latest score minus the first. */
    public double change() {
        return SessionScore.round(
                attempts.get(attempts.size() - 1).score() - attempts.get(0).score());
    }
}
