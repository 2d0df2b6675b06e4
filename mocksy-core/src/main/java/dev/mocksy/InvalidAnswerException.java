package dev.mocksy;

/** An answer that cannot be accepted as given (empty, too long); nothing was recorded and the question stays open. */
public final class InvalidAnswerException extends MocksyException {

    public InvalidAnswerException(String message) {
        super(message);
    }
}
