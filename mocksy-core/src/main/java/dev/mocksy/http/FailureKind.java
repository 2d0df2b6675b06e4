package dev.mocksy.http;

/**
 * What went wrong in a provider's own terms, whatever its wording: decides which typed exception a failure becomes.
 *
 * <p>A vendor's {@link ErrorFormat} names the kind its error body describes; without one, {@link #ofStatus} reads it
 * from the HTTP status alone.
 */
public enum FailureKind {
    /** The key is wrong, revoked or missing. */
    AUTHENTICATION,
    /** The key is valid but may not do this (project, region or model permissions). */
    PERMISSION,
    /** The account's quota, credit or spend limit is used up. */
    QUOTA,
    /** The model (or the endpoint) does not exist for this key. */
    MODEL_NOT_FOUND,
    /** Too many calls: wait and try again. */
    RATE_LIMIT,
    /** The provider gave up on the request in time. */
    TIMEOUT,
    /** The provider is overloaded (Anthropic's 529): wait and try again. */
    OVERLOADED,
    /** The provider failed or is down (5xx, 409): try again later. */
    UNAVAILABLE,
    /** A safety or content filter refused the prompt or the reply. */
    CONTENT_REFUSED,
    /** The request itself is wrong: repeating it unchanged fails again. */
    INVALID_REQUEST;

    /**
     * The kind an HTTP status means by itself.
     *
     * @param status the HTTP status; 0 for an error event inside a stream, which counts as {@link #UNAVAILABLE}
     */
    public static FailureKind ofStatus(int status) {
        if (status == 0 || status == 409 || (status >= 500 && status != 529)) {
            return UNAVAILABLE;
        }
        switch (status) {
            case 401:
                return AUTHENTICATION;
            case 402:
                return QUOTA;
            case 403:
                return PERMISSION;
            case 404:
                return MODEL_NOT_FOUND;
            case 408:
                return TIMEOUT;
            case 429:
                return RATE_LIMIT;
            case 529:
                return OVERLOADED;
            default:
                return INVALID_REQUEST;
        }
    }
}
