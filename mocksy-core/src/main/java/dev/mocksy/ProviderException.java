package dev.mocksy;

/** An outside engine (an LLM, a recogniser, a detector) failed; {@link #provider()} names which. */
public class ProviderException extends MocksyException {

    private final String provider;

    public ProviderException(String provider, String message) {
        super(provider + ": " + message);
        this.provider = provider;
    }

    public ProviderException(String provider, String message, Throwable cause) {
        super(provider + ": " + message, cause);
        this.provider = provider;
    }

    /** The id of the provider that failed. */
    public String provider() {
        return provider;
    }
}
