package dev.mocksy.interview;

import dev.mocksy.speech.DeliveryMetrics;
import java.util.Objects;

/**
 * What the candidate said or typed for one question.
 *
 * @param text the answer, cleaned of control characters; empty only when skipped or timed out with nothing captured
 * @param skipped whether the candidate chose to skip the question
 * @param timedOut whether the question's time ran out and the answer was closed with what was captured
 * @param delivery how a spoken answer was delivered (pace, pauses, fillers...); {@code null} for a typed answer
 */
public record Answer(String text, boolean skipped, boolean timedOut, DeliveryMetrics delivery) {

    public Answer {
        Objects.requireNonNull(text, "text");
    }

    /** A typed or transcribed answer. */
    public static Answer of(String text) {
        return new Answer(text, false, false, null);
    }

    /** A spoken answer: its transcript and how it was delivered. */
    public static Answer spoken(String transcript, DeliveryMetrics delivery) {
        return new Answer(transcript, false, false, Objects.requireNonNull(delivery, "delivery"));
    }

    /** The candidate skipped the question. */
    public static Answer skip() {
        return new Answer("", true, false, null);
    }

    /** Time ran out; {@code captured} is what was typed or heard by then. */
    public static Answer timedOut(String captured) {
        return new Answer(captured == null ? "" : captured, false, true, null);
    }

    /** A builder for {@link Answer}; every field is checked when {@link Builder#build()} runs. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this value's fields, to change some of them. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Builds a {@link Answer}. */
    public static final class Builder {
        private String text;
        private boolean skipped;
        private boolean timedOut;
        private DeliveryMetrics delivery;

        private Builder() {}

        private Builder(Answer source) {
            text = source.text;
            skipped = source.skipped;
            timedOut = source.timedOut;
            delivery = source.delivery;
        }

        public Builder text(String text) {
            this.text = text;
            return this;
        }

        public Builder skipped(boolean skipped) {
            this.skipped = skipped;
            return this;
        }

        public Builder timedOut(boolean timedOut) {
            this.timedOut = timedOut;
            return this;
        }

        public Builder delivery(DeliveryMetrics delivery) {
            this.delivery = delivery;
            return this;
        }

        /**
         * Builds the value.
         *
         * @throws IllegalArgumentException or {@link NullPointerException} naming the field that is missing or
         *     out of range
         */
        public Answer build() {
            return new Answer(text, skipped, timedOut, delivery);
        }
    }
}
