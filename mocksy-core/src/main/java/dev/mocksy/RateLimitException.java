package dev.mocksy;

import java.time.Duration;
import java.util.Optional;

/** The provider refused the call because too many were made; retry after {@link #retryAfter()} if it said. */
public class RateLimitException extends ProviderException implements Retryable {

    private final Duration retryAfter;

    public RateLimitException(String provider, String message, Duration retryAfter) {
        super(provider, message);
        this.retryAfter = retryAfter;
    }

    @Override
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
