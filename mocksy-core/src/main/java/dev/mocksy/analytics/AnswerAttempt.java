package dev.mocksy.analytics;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One answer to a question, in one session.
 *
 * @param sessionId the session
 * @param at when the session started
 * @param answer what the candidate said
 * @param score its overall score, 0-10
 * @param missed the key points it missed
 */
public record AnswerAttempt(String sessionId, Instant at, String answer, double score, List<String> missed) {

    public AnswerAttempt {
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(answer, "answer");
        missed = List.copyOf(missed);
    }
}
