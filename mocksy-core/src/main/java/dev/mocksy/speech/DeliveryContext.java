package dev.mocksy.speech;

import dev.mocksy.interview.InterviewContext;
import dev.mocksy.interview.InterviewMode;
import dev.mocksy.interview.InterviewPlan;
import java.util.Objects;

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
    ASSESSMENT;

    /**
     * The context a plan calls for: {@link #ASSESSMENT} for an assessment plan whatever its mode, else
     * {@link #REALISTIC} for a realistic mock interview and {@link #PRACTICE} for practice.
     */
    public static DeliveryContext of(InterviewPlan plan) {
        Objects.requireNonNull(plan, "plan");
        if (plan.context() == InterviewContext.ASSESSMENT) {
            return ASSESSMENT;
        }
        return plan.mode() == InterviewMode.REALISTIC ? REALISTIC : PRACTICE;
    }
}
