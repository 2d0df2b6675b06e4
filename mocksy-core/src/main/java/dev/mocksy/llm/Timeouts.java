package dev.mocksy.llm;

import java.time.Duration;
import java.util.Objects;

/**
 * How long a provider call may take.
 *
 * <pre>{@code
 * Timeouts timeouts = Timeouts.of(Duration.ofSeconds(20));   // one 20 s deadline per call, retries included
 * }</pre>
 *
 * @param connect to open one connection
 * @param read between two reads of the reply (for a stream, between two pieces)
 * @param total the deadline of one whole call: every attempt and every wait between attempts, and for a stream until
 *     it completes; no retry wait is started that would end after it
 */
public record Timeouts(Duration connect, Duration read, Duration total) {

    /** The deadline of a call when none is configured: long enough for a reply, short enough for an interview. */
    public static final Duration DEFAULT_DEADLINE = Duration.ofSeconds(30);

    private static final Duration DEFAULT_CONNECT = Duration.ofSeconds(10);

    /** 10 s to connect, then one 30 s deadline for the whole call. */
    public static final Timeouts DEFAULT = of(DEFAULT_DEADLINE);

    public Timeouts {
        requirePositive(connect, "connect");
        requirePositive(read, "read");
        requirePositive(total, "total");
    }

    /**
     * One deadline for the whole call; connecting takes at most 10 s of it, and reads may wait for as long as it lasts.
     *
     * @throws IllegalArgumentException when the deadline is not positive
     */
    public static Timeouts of(Duration deadline) {
        requirePositive(deadline, "total");
        return new Timeouts(min(DEFAULT_CONNECT, deadline), deadline, deadline);
    }

    /** A copy with another deadline for the whole call; connect and read are shortened to fit within it. */
    public Timeouts withTotal(Duration deadline) {
        requirePositive(deadline, "total");
        return new Timeouts(min(connect, deadline), min(read, deadline), deadline);
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static void requirePositive(Duration duration, String name) {
        Objects.requireNonNull(duration, name + " timeout");
        if (duration.isZero() || duration.isNegative()) {
            throw new IllegalArgumentException(name + " timeout must be positive, got " + duration);
        }
    }
}
