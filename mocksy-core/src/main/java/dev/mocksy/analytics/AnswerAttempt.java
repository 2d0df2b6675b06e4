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

    /** A builder for {@link AnswerAttempt}; every field is checked when {@link Builder#build()} runs. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this value's fields, to change some of them. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Builds a {@link AnswerAttempt}. */
    public static final class Builder {
        private String sessionId;
        private Instant at;
        private String answer;
        private double score;
        private List<String> missed = List.of();

        private Builder() {}

        private Builder(AnswerAttempt source) {
            sessionId = source.sessionId;
            at = source.at;
            answer = source.answer;
            score = source.score;
            missed = source.missed;
        }

        public Builder sessionId(String sessionId) {
            this.sessionId = sessionId;
            return this;
        }

        public Builder at(Instant at) {
            this.at = at;
            return this;
        }

        public Builder answer(String answer) {
            this.answer = answer;
            return this;
        }

        public Builder score(double score) {
            this.score = score;
            return this;
        }

        public Builder missed(List<String> missed) {
            this.missed = missed;
            return this;
        }

        /**
         * Builds the value.
         *
         * @throws IllegalArgumentException or {@link NullPointerException} naming the field that is missing or
         *     out of range
         */
        public AnswerAttempt build() {
            return new AnswerAttempt(sessionId, at, answer, score, missed);
        }
    }
}
