package dev.mocksy;

/**
 * A streamed reply broke off before the provider said it was complete; {@link #partialText()} holds what arrived.
 *
 * <p>Not retried automatically: the caller has already received part of the reply through its callback.
 */
public class StreamInterruptedException extends ProviderUnavailableException {

    private final String partialText;

    public StreamInterruptedException(String provider, String message, String partialText, Throwable cause) {
        super(provider, message, cause);
        this.partialText = partialText == null ? "" : partialText;
    }

    /** The text received before the stream broke off. */
    public String partialText() {
        return partialText;
    }
}
