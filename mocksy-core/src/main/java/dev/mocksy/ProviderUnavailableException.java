package dev.mocksy;

import java.time.Duration;
import java.util.Optional;

/** The provider is down, overloaded (HTTP 5xx, 529) or unreachable; the same call may succeed later. */
public class ProviderUnavailableException extends ProviderException implements Retryable {

    private final int status;
    private final Duration retryAfter;

    public ProviderUnavailableException(String provider, int status, String message, Duration retryAfter) {
        super(provider, message);
        this.status = status;
        this.retryAfter = retryAfter;
    }

    public ProviderUnavailableException(String provider, String message, Throwable cause) {
        super(provider, message, cause);
        this.status = 0;
        this.retryAfter = null;
    }

    /** The HTTP status, or 0 for a network failure. */
    public int status() {
        return status;
    }

    @Override
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
