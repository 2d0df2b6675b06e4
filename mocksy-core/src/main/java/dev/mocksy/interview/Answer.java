package dev.mocksy.interview;

import java.util.Objects;

/**
 * What the candidate said or typed for one question.
 *
 * @param text the answer, cleaned of control characters; empty only when skipped or timed out with nothing captured
 * @param skipped whether the candidate chose to skip the question
 * @param timedOut whether the question's time ran out and the answer was closed with what was captured
 */
public record Answer(String text, boolean skipped, boolean timedOut) {

    public Answer {
        Objects.requireNonNull(text, "text");
    }

    /** A typed or transcribed answer. */
    public static Answer of(String text) {
        return new Answer(text, false, false);
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
