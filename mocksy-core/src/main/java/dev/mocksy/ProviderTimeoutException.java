package dev.mocksy;

import java.time.Duration;
import java.util.Optional;

/** The provider did not connect, answer or finish within the configured timeouts. */
public class ProviderTimeoutException extends ProviderException implements Retryable {

    public ProviderTimeoutException(String provider, String message, Throwable cause) {
        super(provider, message, cause);
    }

    @Override
    public Optional<Duration> retryAfter() {
        return Optional.empty();
    }
}
