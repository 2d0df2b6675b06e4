package dev.mocksy.speech;

/** Why an answer's delivery is measured, which decides what may be computed and shown. */
public enum DeliveryContext {
    /** Practice: every metric, plain guidance and a coarse heuristic label such as "steady, varied". */
    PRACTICE,
    /** A realistic mock interview: every metric and guidance, no label. */
    REALISTIC,
    /**
     * A product screening candidates: only rate, pauses, fillers, latency and duration. No label, no pitch and no
     * loudness, which are voice traits (pitch is a proxy for sex) and the raw material of emotion inference.
     */
    ASSESSMENT
}
