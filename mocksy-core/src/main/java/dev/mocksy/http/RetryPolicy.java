package dev.mocksy.http;

import dev.mocksy.ProviderException;
import dev.mocksy.ProviderTimeoutException;
import dev.mocksy.Retryable;
import dev.mocksy.StreamInterruptedException;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * When and how long to wait before repeating a failed provider call: the one retry policy of every HTTP provider.
 *
 * <p>Retries {@link Retryable} failures only (HTTP 408, 409, 429, 5xx including 529, network errors and timeouts),
 * never a rejected key, a bad request or an unknown model. Waits exponentially longer each time, with jitter and a
 * cap; when the provider said how long to wait ({@code Retry-After}, or what its vendor's {@link ErrorFormat} read,
 * such as Gemini's {@code RetryInfo}) it waits exactly that, and gives up at once if that is longer than
 * {@link Builder#maxRetryAfter}. With a {@link Deadline}, no wait is started that would end after it.
 *
 * <pre>{@code
 * RetryPolicy retry = RetryPolicy.builder().maxAttempts(4).initialDelay(Duration.ofMillis(250)).build();
 * ChatResponse reply = retry.execute("openai", Deadline.after(Duration.ofSeconds(30)), () -> send(request));
 * }</pre>
 */
public final class RetryPolicy {

    private static final Logger log = LoggerFactory.getLogger(RetryPolicy.class);

    /** Waits between attempts; replaced in tests so that they do not sleep. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    private final int maxAttempts;
    private final Duration initialDelay;
    private final Duration maxDelay;
    private final double multiplier;
    private final double jitter;
    private final Duration maxRetryAfter;
    private final Sleeper sleeper;
    private final DoubleSupplier random;

    private RetryPolicy(Builder b) {
        this.maxAttempts = b.maxAttempts;
        this.initialDelay = b.initialDelay;
        this.maxDelay = b.maxDelay;
        this.multiplier = b.multiplier;
        this.jitter = b.jitter;
        this.maxRetryAfter = b.maxRetryAfter;
        this.sleeper = b.sleeper;
        this.random = b.random;
    }

    /** 3 attempts, 500 ms doubling up to 20 s, 20% jitter, honouring waits of up to 60 s. */
    public static RetryPolicy defaults() {
        return builder().build();
    }

    /** One attempt, no retries. */
    public static RetryPolicy none() {
        return builder().maxAttempts(1).build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this policy's values. */
    public Builder toBuilder() {
        return new Builder()
                .maxAttempts(maxAttempts)
                .initialDelay(initialDelay)
                .maxDelay(maxDelay)
                .multiplier(multiplier)
                .jitter(jitter)
                .maxRetryAfter(maxRetryAfter)
                .sleeper(sleeper)
                .random(random);
    }

    public int maxAttempts() {
        return maxAttempts;
    }

    /**
     * Runs the call, repeating it after retryable failures, with no deadline: only the attempts limit it.
     *
     * @param provider the provider's id, for the log
     * @throws ProviderException the last failure when it is not retryable or the attempts are used up
     */
    public <T> T execute(String provider, Supplier<T> call) {
        return execute(provider, Deadline.none(), call);
    }

    /**
     * Runs the call, repeating it after retryable failures until it succeeds, the attempts are used up or the deadline
     * would pass. A wait that would end after the deadline is not started.
     *
     * @param provider the provider's id, for the log and messages
     * @param deadline when the whole call, every attempt and wait included, must be over; each attempt should also
     *     stop by then ({@link Deadline#remaining()})
     * @throws ProviderTimeoutException when the deadline passed, or the next wait would pass it, while the failure
     *     was retryable; it says so, and its cause is the last failure
     * @throws ProviderException the last failure when it is not retryable or the attempts are used up
     */
    public <T> T execute(String provider, Deadline deadline, Supplier<T> call) {
        Objects.requireNonNull(deadline, "deadline");
        for (int attempt = 1; ; attempt++) {
            try {
                return call.get();
            } catch (ProviderException failure) {
                if (!isRetryable(failure)) {
                    throw failure;
                }
                if (deadline.hasPassed()) {
                    throw new ProviderTimeoutException(
                            provider,
                            "the " + Deadline.describe(deadline.budget()) + " deadline passed after "
                                    + attempts(attempt) + "; last failure: " + Secrets.detail(failure),
                            failure);
                }
                if (attempt >= maxAttempts) {
                    throw failure;
                }
                Duration delay = delayBefore(attempt, failure);
                if (delay == null) {
                    log.debug(
                            "{}: not retrying, the provider asked for a wait longer than {}", provider, maxRetryAfter);
                    throw failure;
                }
                if (delay.compareTo(deadline.remaining()) >= 0) {
                    log.debug("{}: not retrying, waiting {} ms would pass the deadline", provider, delay.toMillis());
                    throw new ProviderTimeoutException(
                            provider,
                            "gave up after " + attempts(attempt) + ": waiting " + Deadline.describe(delay)
                                    + " for the next would pass the " + Deadline.describe(deadline.budget())
                                    + " deadline (" + Deadline.describe(deadline.remaining()) + " left); last failure: "
                                    + Secrets.detail(failure),
                            failure);
                }
                log.debug(
                        "{}: attempt {} of {} failed ({}), retrying in {} ms",
                        provider,
                        attempt,
                        maxAttempts,
                        failure.getClass().getSimpleName(),
                        delay.toMillis());
                try {
                    sleeper.sleep(delay);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    failure.addSuppressed(interrupted);
                    throw failure;
                }
            }
        }
    }

    private static String attempts(int count) {
        return count == 1 ? "1 attempt" : count + " attempts";
    }

    /** Whether the failure is worth repeating: transient, and nothing of a stream was delivered yet. */
    public static boolean isRetryable(ProviderException failure) {
        return failure instanceof Retryable && !(failure instanceof StreamInterruptedException);
    }

    /**
     * The wait before retry number {@code retry} (1 for the first retry), or {@code null} when the provider asked
     * for longer than {@link Builder#maxRetryAfter} and retrying is pointless.
     */
    public Duration delayBefore(int retry, ProviderException failure) {
        if (failure instanceof Retryable retryable && retryable.retryAfter().isPresent()) {
            Duration asked = retryable.retryAfter().get();
            if (asked.compareTo(maxRetryAfter) > 0) {
                return null;
            }
            return asked.isNegative() ? Duration.ZERO : asked;
        }
        double base = initialDelay.toMillis() * Math.pow(multiplier, retry - 1);
        double capped = Math.min(base, maxDelay.toMillis());
        double jittered = capped * (1 - jitter * random.getAsDouble());
        return Duration.ofMillis(Math.round(jittered));
    }

    @Override
    public String toString() {
        return "RetryPolicy[maxAttempts=" + maxAttempts + ", initialDelay=" + initialDelay + ", maxDelay=" + maxDelay
                + ", multiplier=" + multiplier + ", jitter=" + jitter + ", maxRetryAfter=" + maxRetryAfter + "]";
    }

    /** Builds a {@link RetryPolicy}. */
    public static final class Builder {
        private int maxAttempts = 3;
        private Duration initialDelay = Duration.ofMillis(500);
        private Duration maxDelay = Duration.ofSeconds(20);
        private double multiplier = 2;
        private double jitter = 0.2;
        private Duration maxRetryAfter = Duration.ofSeconds(60);
        private Sleeper sleeper = duration -> Thread.sleep(duration.toMillis());
        private DoubleSupplier random = () -> ThreadLocalRandom.current().nextDouble();

        private Builder() {}

        /** Attempts in all, the first included: 1 means no retries. */
        public Builder maxAttempts(int maxAttempts) {
            if (maxAttempts < 1 || maxAttempts > 20) {
                throw new IllegalArgumentException("maxAttempts must be between 1 and 20, got " + maxAttempts);
            }
            this.maxAttempts = maxAttempts;
            return this;
        }

        /** The wait before the first retry, before jitter. */
        public Builder initialDelay(Duration initialDelay) {
            this.initialDelay = requireNonNegative(initialDelay, "initialDelay");
            return this;
        }

        /** The longest computed wait (the cap of the exponential backoff). */
        public Builder maxDelay(Duration maxDelay) {
            this.maxDelay = requireNonNegative(maxDelay, "maxDelay");
            return this;
        }

        /** How much longer each wait is than the one before; at least 1. */
        public Builder multiplier(double multiplier) {
            if (!(multiplier >= 1)) {
                throw new IllegalArgumentException("multiplier must be at least 1, got " + multiplier);
            }
            this.multiplier = multiplier;
            return this;
        }

        /** The fraction of each computed wait taken off at random, 0 (none) to 1. */
        public Builder jitter(double jitter) {
            if (!(jitter >= 0 && jitter <= 1)) {
                throw new IllegalArgumentException("jitter must be between 0 and 1, got " + jitter);
            }
            this.jitter = jitter;
            return this;
        }

        /** The longest wait a provider may ask for and still be retried; longer requests fail at once. */
        public Builder maxRetryAfter(Duration maxRetryAfter) {
            this.maxRetryAfter = requireNonNegative(maxRetryAfter, "maxRetryAfter");
            return this;
        }

        /** How to wait; tests pass one that records the waits instead of sleeping. */
        public Builder sleeper(Sleeper sleeper) {
            this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
            return this;
        }

        /** The source of jitter, values in [0, 1). */
        public Builder random(DoubleSupplier random) {
            this.random = Objects.requireNonNull(random, "random");
            return this;
        }

        public RetryPolicy build() {
            return new RetryPolicy(this);
        }

        private static Duration requireNonNegative(Duration duration, String name) {
            Objects.requireNonNull(duration, name);
            if (duration.isNegative()) {
                throw new IllegalArgumentException(name + " must not be negative, got " + duration);
            }
            return duration;
        }
    }
}
