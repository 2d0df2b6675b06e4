package dev.mocksy;

import java.time.Duration;
import java.util.Optional;

/** A provider failure that may go away when the same call is repeated later: rate limits, overload, timeouts. */
public interface Retryable {

    /** How long the provider asked the caller to wait before trying again, when it said so. */
    Optional<Duration> retryAfter();
}
