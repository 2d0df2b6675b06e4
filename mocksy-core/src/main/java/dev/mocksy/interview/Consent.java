package dev.mocksy.interview;

import java.time.Instant;
import java.util.Objects;

/**
 * A candidate's answer to a consent question, as recorded in the session's journal.
 *
 * @param capability what is captured or analysed, e.g. {@link #VIDEO} or {@link #VOICE}
 * @param granted whether the candidate agreed; a later refusal withdraws an earlier agreement
 * @param statement the wording the candidate was shown
 * @param recordedAt when it was recorded
 */
public record Consent(String capability, boolean granted, String statement, Instant recordedAt) {

    /** Webcam frames analysed for observable facts (in frame, facing the camera, smiling, steadiness). */
    public static final String VIDEO = "video";

    /** The recorded voice analysed for delivery (rate, pauses, fillers). */
    public static final String VOICE = "voice";

    public Consent {
        Objects.requireNonNull(capability, "capability");
        Objects.requireNonNull(statement, "statement");
        Objects.requireNonNull(recordedAt, "recordedAt");
    }

    /** A builder for {@link Consent}; every field is checked when {@link Builder#build()} runs. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this value's fields, to change some of them. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Builds a {@link Consent}. */
    public static final class Builder {
        private String capability;
        private boolean granted;
        private String statement;
        private Instant recordedAt;

        private Builder() {}

        private Builder(Consent source) {
            capability = source.capability;
            granted = source.granted;
            statement = source.statement;
            recordedAt = source.recordedAt;
        }

        public Builder capability(String capability) {
            this.capability = capability;
            return this;
        }

        public Builder granted(boolean granted) {
            this.granted = granted;
            return this;
        }

        public Builder statement(String statement) {
            this.statement = statement;
            return this;
        }

        public Builder recordedAt(Instant recordedAt) {
            this.recordedAt = recordedAt;
            return this;
        }

        /**
         * Builds the value.
         *
         * @throws IllegalArgumentException or {@link NullPointerException} naming the field that is missing or
         *     out of range
         */
        public Consent build() {
            return new Consent(capability, granted, statement, recordedAt);
        }
    }
}
