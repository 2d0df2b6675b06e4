package dev.mocksy;

/** The provider refused or filtered the prompt or the reply (a safety block, a refusal, a content filter). */
public class ContentRefusedException extends ProviderException {

    private final String reason;

    public ContentRefusedException(String provider, String reason, String message) {
        super(provider, message);
        this.reason = reason;
    }

    /** The provider's own reason code, e.g. {@code "SAFETY"} or {@code "content_filter"}. */
    public String reason() {
        return reason;
    }
}
