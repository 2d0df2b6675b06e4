package dev.mocksy.report;

import java.time.Instant;
import java.util.Objects;

/**
 * One session's overall score on the progress line of a report.
 *
 * @param sessionId the session
 * @param at when it started
 * @param overall its overall score, 0-100
 */
public record ProgressPoint(String sessionId, Instant at, int overall) {

    public ProgressPoint {
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(at, "at");
        if (overall < 0 || overall > 100) {
            throw new IllegalArgumentException("overall must be between 0 and 100, got " + overall);
        }
    }
}
