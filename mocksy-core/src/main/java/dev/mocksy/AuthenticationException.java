package dev.mocksy;

/**
 * The provider's API key is missing or was rejected. The message names the provider and how to set the key; it
 * never contains the key.
 */
public class AuthenticationException extends ProviderException {

    private final int status;

    /**
     * @param provider the provider's id
     * @param problem what is wrong, e.g. "no API key is configured" or "the API key was rejected (HTTP 401)"
     * @param howToSetKey how the user sets the key, e.g. "set OPENAI_API_KEY"
     * @param status the HTTP status, or 0 when no request was sent
     */
    public AuthenticationException(String provider, String problem, String howToSetKey, int status) {
        super(provider, problem + "; " + howToSetKey);
        this.status = status;
    }

    /** The HTTP status the provider answered with, or 0 when the key was missing and nothing was sent. */
    public int status() {
        return status;
    }
}
