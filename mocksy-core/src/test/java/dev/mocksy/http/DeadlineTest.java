package dev.mocksy.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class DeadlineTest {

    private final AtomicLong now = new AtomicLong(1_000);

    @Test
    void should_count_down_on_its_clock_and_pass_when_the_budget_is_spent() {
        Deadline deadline = Deadline.after(Duration.ofSeconds(2), now::get);

        now.addAndGet(Duration.ofMillis(1500).toNanos());
        assertThat(deadline.remaining()).isEqualTo(Duration.ofMillis(500));
        assertThat(deadline.hasPassed()).isFalse();

        now.addAndGet(Duration.ofSeconds(1).toNanos());
        assertThat(deadline.remaining()).isEqualTo(Duration.ZERO);
        assertThat(deadline.hasPassed()).isTrue();
        assertThat(deadline.elapsed()).isEqualTo(Duration.ofMillis(2500));
    }

    @Test
    void should_never_pass_when_there_is_none() {
        Deadline none = Deadline.none();

        assertThat(none.isBounded()).isFalse();
        assertThat(none.hasPassed()).isFalse();
        assertThat(none.remaining()).isGreaterThan(Duration.ofDays(365));
    }

    @Test
    void should_refuse_a_budget_that_is_not_positive() {
        assertThatThrownBy(() -> Deadline.after(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("deadline must be positive");
    }

    @Test
    void should_describe_durations_as_people_read_them() {
        assertThat(Deadline.describe(Duration.ofSeconds(30))).isEqualTo("30 s");
        assertThat(Deadline.describe(Duration.ofMillis(1500))).isEqualTo("1.5 s");
        assertThat(Deadline.describe(Duration.ofMillis(250))).isEqualTo("250 ms");
    }
}
