package dev.mocksy;

/**
 * The root of every error Mocksy reports; subclasses say what went wrong and carry its context.
 *
 * <p>Misuse of the API (a null argument, a blank required field) stays {@link IllegalArgumentException} or
 * {@link IllegalStateException}: catch {@code MocksyException} for everything the caller can recover from.
 */
public class MocksyException extends RuntimeException {

    public MocksyException(String message) {
        super(message);
    }

    public MocksyException(String message, Throwable cause) {
        super(message, cause);
    }
}
