package dev.mocksy.vision;

import java.time.Instant;
import java.util.Objects;

/**
 * A candidate's recorded agreement to visual analysis: when, and to what wording.
 *
 * @param grantedAt when the candidate agreed
 * @param statement the text the candidate agreed to, e.g. {@link #STANDARD_STATEMENT}
 */
public record VisionConsent(Instant grantedAt, String statement) {

    /** The wording Mocksy suggests showing before turning the camera analysis on. */
    public static final String STANDARD_STATEMENT = "I agree that my webcam frames are analysed on this device to"
            + " measure whether I am in frame, facing the camera, smiling, how much my head moves and the picture"
            + " quality. No emotions are inferred and no images are stored.";

    public VisionConsent {
        Objects.requireNonNull(grantedAt, "grantedAt");
        if (statement == null || statement.isBlank()) {
            throw new IllegalArgumentException("statement must not be blank");
        }
    }

    /** Consent given now to the {@link #STANDARD_STATEMENT}. */
    public static VisionConsent standard(Instant grantedAt) {
        return new VisionConsent(grantedAt, STANDARD_STATEMENT);
    }
}
