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

    /** A builder for {@link RecordedEvent}; every field is checked when {@link Builder#build()} runs. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this value's fields, to change some of them. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Builds a {@link RecordedEvent}. */
    public static final class Builder {
        private String sessionId;
        private long sequence;
        private Instant at;
        private InterviewEvent event;

        private Builder() {}

        private Builder(RecordedEvent source) {
            sessionId = source.sessionId;
            sequence = source.sequence;
            at = source.at;
            event = source.event;
        }

        public Builder sessionId(String sessionId) {
            this.sessionId = sessionId;
            return this;
        }

        public Builder sequence(long sequence) {
            this.sequence = sequence;
            return this;
        }

        public Builder at(Instant at) {
            this.at = at;
            return this;
        }

        public Builder event(InterviewEvent event) {
            this.event = event;
            return this;
        }

        /**
         * Builds the value.
         *
         * @throws IllegalArgumentException or {@link NullPointerException} naming the field that is missing or
         *     out of range
         */
        public RecordedEvent build() {
            return new RecordedEvent(sessionId, sequence, at, event);
        }
    }
}
