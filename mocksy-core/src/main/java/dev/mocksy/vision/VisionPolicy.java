package dev.mocksy.vision;

import dev.mocksy.ConsentRequiredException;
import dev.mocksy.interview.Consent;
import dev.mocksy.interview.InterviewContext;
import dev.mocksy.interview.InterviewSnapshot;
import java.util.Objects;
import java.util.Optional;

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

    /**
     * The policy of a session whose camera analysis was requested: see {@link #forSession(InterviewSnapshot,
     * boolean)}.
     */
    public static VisionPolicy forSession(InterviewSnapshot session) {
        return forSession(session, true);
    }

    /**
     * The policy a session allows, read from its plan's context and its journaled consents.
     *
     * <p>Practice: on when {@code cameraRequested}. Assessment: on only when {@code cameraRequested} and the
     * candidate's latest {@link Consent#VIDEO} answer in this session is an agreement (recorded with {@link
     * dev.mocksy.interview.InterviewSession#recordConsent}); a later refusal turns it off again.
     *
     * @param session the session's state, live or replayed
     * @param cameraRequested whether the product or the candidate turned camera analysis on
     */
    public static VisionPolicy forSession(InterviewSnapshot session, boolean cameraRequested) {
        Objects.requireNonNull(session, "session");
        if (session.plan().context() == InterviewContext.PRACTICE) {
            return cameraRequested ? practice() : practiceWithoutCamera();
        }
        Optional<Consent> consent = session.consentFor(Consent.VIDEO).filter(Consent::granted);
        if (!cameraRequested || consent.isEmpty()) {
            return assessment();
        }
        return assessmentWithConsent(
                new VisionConsent(consent.get().recordedAt(), consent.get().statement()));
    }

    /** Whether frames may be analysed. */
    public boolean allowsAnalysis() {
        return enabled;
    }

    /**
     * Fails unless frames may be analysed.
     *
     * @throws ConsentRequiredException when analysis is off; in an assessment, enable it with recorded consent
     */
    public void requireAllowed() {
        if (enabled) {
            return;
        }
        throw new ConsentRequiredException(
                context == Context.ASSESSMENT
                        ? "visual analysis is off in an assessment unless the candidate consents: record it with"
                                + " InterviewSession.recordConsent(\"video\", true, statement) first"
                        : "visual analysis is turned off for this session: use VisionPolicy.practice()");
    }
}
