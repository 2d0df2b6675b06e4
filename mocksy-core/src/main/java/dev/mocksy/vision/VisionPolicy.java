package dev.mocksy.vision;

import java.util.Objects;

/**
 * Whether webcam frames may be analysed in a session, and the consent that allows it.
 *
 * <p>In practice (the candidate trains alone) analysis is on by default. In an assessment (a product screening
 * candidates for a job) it is off unless explicitly enabled, and enabling it requires a recorded
 * {@link VisionConsent}:
 *
 * <pre>{@code
 * VisionPolicy policy = VisionPolicy.assessment();                          // off
 * VisionPolicy allowed = VisionPolicy.assessmentWithConsent(VisionConsent.standard(Instant.now()));
 * }</pre>
 *
 * @param context who runs the session
 * @param enabled whether frames may be analysed
 * @param consent the candidate's consent; required when enabled in an assessment, else optional
 */
public record VisionPolicy(Context context, boolean enabled, VisionConsent consent) {

    /** Who runs the session. */
    public enum Context {
        /** The candidate practises for themself. */
        PRACTICE,
        /** An organisation screens candidates for a job: hiring decisions may follow. */
        ASSESSMENT
    }

    public VisionPolicy {
        Objects.requireNonNull(context, "context");
        if (context == Context.ASSESSMENT && enabled && consent == null) {
            throw new IllegalArgumentException(
                    "consent must be recorded to enable visual analysis in an assessment: use"
                            + " VisionPolicy.assessmentWithConsent(VisionConsent)");
        }
    }

    /** Practice: analysis on, no consent record needed (the candidate turns the camera on themself). */
    public static VisionPolicy practice() {
        return new VisionPolicy(Context.PRACTICE, true, null);
    }

    /** Practice with the camera analysis turned off. */
    public static VisionPolicy practiceWithoutCamera() {
        return new VisionPolicy(Context.PRACTICE, false, null);
    }

    /** Assessment: analysis off. */
    public static VisionPolicy assessment() {
        return new VisionPolicy(Context.ASSESSMENT, false, null);
    }

    /** Assessment with analysis explicitly enabled by the candidate's recorded consent. */
    public static VisionPolicy assessmentWithConsent(VisionConsent consent) {
        Objects.requireNonNull(consent, "consent");
        return new VisionPolicy(Context.ASSESSMENT, true, consent);
    }

    /** Whether frames may be analysed. */
    public boolean allowsAnalysis() {
        return enabled;
    }

    /**
     * Fails unless frames may be analysed.
     *
     * @throws IllegalStateException when analysis is off; in an assessment, enable it with recorded consent
     */
    public void requireAllowed() {
        if (enabled) {
            return;
        }
        throw new IllegalStateException(
                context == Context.ASSESSMENT
                        ? "visual analysis is off in an assessment unless the candidate consents: use"
                                + " VisionPolicy.assessmentWithConsent(VisionConsent)"
                        : "visual analysis is turned off for this session: use VisionPolicy.practice()");
    }
}
