package dev.mocksy;

/** Input of a kind or size a provider cannot handle (a file format, an audio encoding); the message names what was found. */
public class UnsupportedInputException extends MocksyException {

    public UnsupportedInputException(String message) {
        super(message);
    }

    public UnsupportedInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
