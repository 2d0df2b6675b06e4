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

    /** A typed answer, or one whose delivery was not measured. */
    public Answer(String text, boolean skipped, boolean timedOut) {
        this(text, skipped, timedOut, null);
    }

    /** A typed or transcribed answer. */
    public static Answer of(String text) {
        return new Answer(text, false, false);
    }

    /** A spoken answer: its transcript and how it was delivered. */
    public static Answer spoken(String transcript, DeliveryMetrics delivery) {
        return new Answer(transcript, false, false, Objects.requireNonNull(delivery, "delivery"));
    }

    /** The candidate skipped the question. */
    public static Answer skip() {
        return new Answer("", true, false);
    }

    /** Time ran out; {@code captured} is what was typed or heard by then. */
    public static Answer timedOut(String captured) {
        return new Answer(captured == null ? "" : captured, false, true);
    }
}
