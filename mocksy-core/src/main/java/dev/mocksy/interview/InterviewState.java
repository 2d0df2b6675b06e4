package dev.mocksy.interview;

/**
 * Where an interview session is.
 *
 * <pre>
 * IDLE -> ASKING -> LISTENING -> PROCESSING -> FEEDBACK -> ASKING ... -> COMPLETED
 *            any active state <-> PAUSED;   any unfinished state -> ABANDONED
 * </pre>
 */
public enum InterviewState {
    /** Created, no question asked yet. */
    IDLE,
    /** A question is being delivered (printed, or spoken by the interviewer's voice). */
    ASKING,
    /** Waiting for the candidate's answer. */
    LISTENING,
    /** The answer is stored and being evaluated. */
    PROCESSING,
    /** The answer is evaluated; the next step (follow-up, next question, end) is due. */
    FEEDBACK,
    /** Paused by the candidate; time does not run. */
    PAUSED,
    /** All questions done (or time up); a report can be generated. */
    COMPLETED,
    /** Ended early by the candidate; a report covers what was answered. */
    ABANDONED;

    /** Whether the session has ended, normally or early. */
    public boolean isTerminal() {
        return this == COMPLETED || this == ABANDONED;
    }
}
