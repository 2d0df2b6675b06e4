package dev.mocksy.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mocksy.AuthenticationException;
import dev.mocksy.ProviderException;
import dev.mocksy.ProviderTimeoutException;
import dev.mocksy.ProviderUnavailableException;
import dev.mocksy.RateLimitException;
import dev.mocksy.StreamInterruptedException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private final List<Duration> sleeps = new ArrayList<>();

    private RetryPolicy.Builder policy() {
        return RetryPolicy.builder().sleeper(sleeps::add).random(() -> 0.5);
    }

    private static ProviderException unavailable() {
        return new ProviderUnavailableException("p", 503, "down", null);
    }

    @Test
    void should_back_off_exponentially_with_jitter_up_to_the_cap() {
        RetryPolicy retry = policy().maxAttempts(6)
                .initialDelay(Duration.ofMillis(1000))
                .maxDelay(Duration.ofMillis(5000))
                .jitter(0.2)
                .build();

        assertThat(retry.delayBefore(1, unavailable())).isEqualTo(Duration.ofMillis(900));
        assertThat(retry.delayBefore(2, unavailable())).isEqualTo(Duration.ofMillis(1800));
        assertThat(retry.delayBefore(3, unavailable())).isEqualTo(Duration.ofMillis(3600));
        assertThat(retry.delayBefore(4, unavailable()))
                .as("capped at 5 s before jitter")
                .isEqualTo(Duration.ofMillis(4500));
        assertThat(retry.delayBefore(9, unavailable())).isEqualTo(Duration.ofMillis(4500));
    }

    @Test
    void should_wait_exactly_what_the_provider_asked() {
        RetryPolicy retry = policy().build();

        assertThat(retry.delayBefore(1, new RateLimitException("p", "slow down", Duration.ofSeconds(12))))
                .isEqualTo(Duration.ofSeconds(12));
    }

    @Test
    void should_give_up_at_once_when_the_provider_asks_for_longer_than_allowed() {
        AtomicInteger calls = new AtomicInteger();
        RetryPolicy retry =
                policy().maxAttempts(5).maxRetryAfter(Duration.ofSeconds(30)).build();

        assertThatThrownBy(() -> retry.execute("p", () -> {
                    calls.incrementAndGet();
                    throw new RateLimitException("p", "come back tomorrow", Duration.ofHours(20));
                }))
                .isInstanceOf(RateLimitException.class);
        assertThat(calls).hasValue(1);
        assertThat(sleeps).isEmpty();
    }

    @Test
    void should_retry_transient_failures_until_one_succeeds() {
        AtomicInteger calls = new AtomicInteger();
        RetryPolicy retry = policy().maxAttempts(4).jitter(0).build();

        String result = retry.execute("p", () -> {
            if (calls.incrementAndGet() < 3) {
                throw new ProviderTimeoutException("p", "slow", null);
            }
            return "done";
        });

        assertThat(result).isEqualTo("done");
        assertThat(sleeps).containsExactly(Duration.ofMillis(500), Duration.ofMillis(1000));
    }

    @Test
    void should_never_retry_an_authentication_failure_or_a_half_delivered_stream() {
        RetryPolicy retry = policy().maxAttempts(5).build();
        AtomicInteger calls = new AtomicInteger();

        assertThatThrownBy(() -> retry.execute("p", () -> {
                    calls.incrementAndGet();
                    throw new AuthenticationException("p", "rejected", "set KEY", 401);
                }))
                .isInstanceOf(AuthenticationException.class);
        assertThatThrownBy(() -> retry.execute("p", () -> {
                    calls.incrementAndGet();
                    throw new StreamInterruptedException("p", "cut", "half", null);
                }))
                .isInstanceOf(StreamInterruptedException.class);
        assertThat(calls).hasValue(2);
    }

    @Test
    void should_stop_waiting_when_interrupted_and_keep_the_interrupt() {
        RetryPolicy retry = RetryPolicy.builder()
                .maxAttempts(3)
                .sleeper(d -> {
                    throw new InterruptedException();
                })
                .build();

        assertThatThrownBy(() -> retry.execute("p", () -> {
                    throw unavailable();
                }))
                .isInstanceOf(ProviderUnavailableException.class);
        assertThat(Thread.interrupted()).isTrue();
    }

    /** A clock the sleeper moves: each wait spends the deadline's budget without real time passing. */
    private final AtomicLong now = new AtomicLong();

    private RetryPolicy.Builder movingClockPolicy() {
        return RetryPolicy.builder().jitter(0).sleeper(d -> {
            sleeps.add(d);
            now.addAndGet(d.toNanos());
        });
    }

    @Test
    void should_not_start_a_wait_that_would_end_after_the_deadline() {
        RetryPolicy retry = movingClockPolicy().maxAttempts(5).build();
        Deadline deadline = Deadline.after(Duration.ofSeconds(10), now::get);
        AtomicInteger calls = new AtomicInteger();

        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> retry.execute("p", deadline, () -> {
            calls.incrementAndGet();
            throw new RateLimitException("p", "slow down", Duration.ofSeconds(12));
        }));

        assertThat(thrown)
                .isInstanceOf(ProviderTimeoutException.class)
                .hasMessageContaining("would pass the 10 s deadline")
                .hasMessageContaining("last failure: slow down")
                .hasCauseInstanceOf(RateLimitException.class);
        assertThat(calls).hasValue(1);
        assertThat(sleeps).isEmpty();
    }

    @Test
    void should_keep_retrying_within_the_deadline_and_stop_before_the_wait_that_passes_it() {
        RetryPolicy retry = movingClockPolicy()
                .maxAttempts(10)
                .initialDelay(Duration.ofSeconds(1))
                .build();
        Deadline deadline = Deadline.after(Duration.ofSeconds(5), now::get);
        AtomicInteger calls = new AtomicInteger();

        assertThatThrownBy(() -> retry.execute("p", deadline, () -> {
                    calls.incrementAndGet();
                    throw unavailable();
                }))
                .isInstanceOf(ProviderTimeoutException.class)
                .hasMessageContaining("gave up after 3 attempts")
                .hasMessageContaining("5 s deadline");
        assertThat(sleeps)
                .as("1 s and 2 s fit into 5 s; the 4 s after them would not")
                .containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
        assertThat(calls).hasValue(3);
    }

    @Test
    void should_say_the_deadline_passed_when_an_attempt_used_it_up() {
        RetryPolicy retry = movingClockPolicy().maxAttempts(3).build();
        Deadline deadline = Deadline.after(Duration.ofSeconds(2), now::get);

        assertThatThrownBy(() -> retry.execute("p", deadline, () -> {
                    now.addAndGet(Duration.ofSeconds(2).toNanos());
                    throw new ProviderTimeoutException("p", "timed out (InterruptedIOException: timeout)", null);
                }))
                .isInstanceOf(ProviderTimeoutException.class)
                .hasMessageContaining("the 2 s deadline passed after 1 attempt")
                .hasMessageContaining("last failure: timed out");
        assertThat(sleeps).isEmpty();
    }

    @Test
    void should_recover_within_the_deadline() {
        RetryPolicy retry = movingClockPolicy().maxAttempts(3).build();
        AtomicInteger calls = new AtomicInteger();

        String result = retry.execute("p", Deadline.after(Duration.ofSeconds(30), now::get), () -> {
            if (calls.incrementAndGet() == 1) {
                throw unavailable();
            }
            return "recovered";
        });

        assertThat(result).isEqualTo("recovered");
        assertThat(sleeps).containsExactly(Duration.ofMillis(500));
    }

    @Test
    void should_throw_what_no_retry_can_fix_as_it_is_even_past_the_deadline() {
        RetryPolicy retry = movingClockPolicy().maxAttempts(3).build();
        Deadline deadline = Deadline.after(Duration.ofSeconds(1), now::get);

        assertThatThrownBy(() -> retry.execute("p", deadline, () -> {
                    now.addAndGet(Duration.ofSeconds(5).toNanos());
                    throw new AuthenticationException("p", "rejected", "set KEY", 401);
                }))
                .isInstanceOf(AuthenticationException.class);
    }

    @Test
    void should_reject_settings_that_make_no_sense() {
        assertThatThrownBy(() -> RetryPolicy.builder().maxAttempts(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxAttempts");
        assertThatThrownBy(() -> RetryPolicy.builder().jitter(1.5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("jitter");
        assertThatThrownBy(() -> RetryPolicy.builder().initialDelay(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("initialDelay");
    }
}
