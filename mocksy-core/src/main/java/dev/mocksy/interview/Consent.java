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
}
