package dev.mocksy;

/** The provider answered, but not with anything Mocksy can read (malformed JSON, no choices, no content). */
public class InvalidResponseException extends ProviderException {

    public InvalidResponseException(String provider, String message) {
        super(provider, message);
    }

    public InvalidResponseException(String provider, String message, Throwable cause) {
        super(provider, message, cause);
    }
}
