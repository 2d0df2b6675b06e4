package dev.mocksy.analytics;

import java.time.Instant;
import java.util.Objects;

/**
 * One session's score on a trend line.
 *
 * @param sessionId the session
 * @param at when it started
 * @param score the score: 0-10 for a category, 0-100 overall
 */
public record TrendPoint(String sessionId, Instant at, double score) {

    public TrendPoint {
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(at, "at");
    }
}
