package dev.mocksy;

import dev.mocksy.interview.InterviewState;

/** An operation is not allowed in the session's current state; the session is unchanged. */
public final class InvalidTransitionException extends MocksyException {

    private final InterviewState state;
    private final String operation;

    public InvalidTransitionException(InterviewState state, String operation, String hint) {
        super("cannot " + operation + " while the interview is " + state + (hint.isEmpty() ? "" : ": " + hint));
        this.state = state;
        this.operation = operation;
    }

    /** The state the session was (and still is) in. */
    public InterviewState state() {
        return state;
    }

    /** The operation that was refused, e.g. {@code "submit an answer"}. */
    public String operation() {
        return operation;
    }
}
