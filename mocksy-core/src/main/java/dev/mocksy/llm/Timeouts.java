package dev.mocksy.llm;

import java.time.Duration;
import java.util.Objects;

/**
 * How long a provider call may take.
 *
 * @param connect to open the connection
 * @param read between two reads of the reply (for a stream, between two pieces)
 * @param total for the whole call, retries excepted; for a stream, its whole duration
 */
public record Timeouts(Duration connect, Duration read, Duration total) {

    /** 10 s to connect, 60 s between reads, 5 minutes in all. */
    public static final Timeouts DEFAULT =
            new Timeouts(Duration.ofSeconds(10), Duration.ofSeconds(60), Duration.ofMinutes(5));

    public Timeouts {
        requirePositive(connect, "connect");
        requirePositive(read, "read");
        requirePositive(total, "total");
    }

    private static void requirePositive(Duration duration, String name) {
        Objects.requireNonNull(duration, name + " timeout");
        if (duration.isZero() || duration.isNegative()) {
            throw new IllegalArgumentException(name + " timeout must be positive, got " + duration);
        }
    }
}
