package dev.mocksy.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class TimeoutsTest {

    @Test
    void should_give_a_call_thirty_seconds_in_all_by_default() {
        assertThat(Timeouts.DEFAULT.total()).isEqualTo(Duration.ofSeconds(30));
        assertThat(Timeouts.DEFAULT.connect()).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void should_fit_connect_and_read_into_a_shorter_deadline() {
        Timeouts timeouts = Timeouts.of(Duration.ofSeconds(2));

        assertThat(timeouts)
                .isEqualTo(new Timeouts(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(2)));
        assertThat(Timeouts.DEFAULT.withTotal(Duration.ofSeconds(5)))
                .isEqualTo(new Timeouts(Duration.ofSeconds(5), Duration.ofSeconds(5), Duration.ofSeconds(5)));
        assertThat(Timeouts.DEFAULT.withTotal(Duration.ofMinutes(2)).read()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void should_refuse_a_deadline_that_is_not_positive() {
        assertThatThrownBy(() -> Timeouts.of(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("total timeout must be positive");
    }
}
