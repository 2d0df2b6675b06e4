package dev.mocksy.http;

import java.time.Duration;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * The moment a call must be over by: one per model call, shared by all its attempts and the waits between them.
 *
 * <pre>{@code
 * Deadline deadline = Deadline.after(Duration.ofSeconds(30));
 * ChatResponse reply = retryPolicy.execute("openai", deadline, () -> send(request, deadline.remaining()));
 * }</pre>
 */
public final class Deadline {

    private static final Deadline NONE = new Deadline(null, () -> 0L);

    private final Duration budget;
    private final LongSupplier nanoTime;
    private final long start;

    private Deadline(Duration budget, LongSupplier nanoTime) {
        this.budget = budget;
        this.nanoTime = nanoTime;
        this.start = nanoTime.getAsLong();
    }

    /** A deadline {@code budget} from now, on {@link System#nanoTime()}. */
    public static Deadline after(Duration budget) {
        return after(budget, System::nanoTime);
    }

    /**
     * A deadline {@code budget} from now on the given monotonic clock; tests pass one they move by hand.
     *
     * @throws IllegalArgumentException when the budget is not positive
     */
    public static Deadline after(Duration budget, LongSupplier nanoTime) {
        Objects.requireNonNull(budget, "budget");
        Objects.requireNonNull(nanoTime, "nanoTime");
        if (budget.isZero() || budget.isNegative()) {
            throw new IllegalArgumentException("deadline must be positive, got " + budget);
        }
        return new Deadline(budget, nanoTime);
    }

    /** No deadline: only the attempts limit a call. */
    public static Deadline none() {
        return NONE;
    }

    /** Whether this deadline limits anything. */
    public boolean isBounded() {
        return budget != null;
    }

    /** The time the call was given in all; {@link Duration#ZERO} for {@link #none()}. */
    public Duration budget() {
        return budget == null ? Duration.ZERO : budget;
    }

    /** The time since the deadline was set. */
    public Duration elapsed() {
        return Duration.ofNanos(nanoTime.getAsLong() - start);
    }

    /** The time left, never negative; effectively unlimited for {@link #none()}. */
    public Duration remaining() {
        if (budget == null) {
            return Duration.ofNanos(Long.MAX_VALUE);
        }
        Duration left = budget.minus(elapsed());
        return left.isNegative() ? Duration.ZERO : left;
    }

    /** Whether the time is up. */
    public boolean hasPassed() {
        return budget != null && remaining().isZero();
    }

    /** A duration as people read it in a message: {@code "30 s"}, {@code "1.5 s"}, {@code "250 ms"}. */
    public static String describe(Duration duration) {
        long millis = duration.toMillis();
        if (millis < 1000) {
            return millis + " ms";
        }
        if (millis % 1000 == 0) {
            return millis / 1000 + " s";
        }
        return String.format(java.util.Locale.ROOT, "%.1f s", millis / 1000.0);
    }

    @Override
    public String toString() {
        return budget == null
                ? "Deadline[none]"
                : "Deadline[" + describe(budget) + ", " + describe(remaining()) + " left]";
    }
}
