package dev.mocksy.interview;

import java.time.Instant;
import java.util.Objects;

/**
 * An event as journaled: which session, its place in the session's sequence, and when.
 *
 * @param sessionId the session it belongs to
 * @param sequence its position in the session, starting at 1, without gaps
 * @param at when it happened
 * @param event what happened
 */
public record RecordedEvent(String sessionId, long sequence, Instant at, InterviewEvent event) {

    public RecordedEvent {
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(event, "event");
        if (sequence < 1) {
            throw new IllegalArgumentException("sequence must start at 1, got " + sequence);
        }
    }
}
