package dev.mocksy.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mocksy.llm.ApiKey;
import org.junit.jupiter.api.Test;

class RejectedKeysTest {

    private final RejectedKeys rejected = new RejectedKeys();

    @Test
    void should_remember_a_rejected_key_with_its_status() {
        rejected.remember(ApiKey.of("key-one-123456"), 401);

        assertThat(rejected.statusOf(ApiKey.of("key-one-123456"))).hasValue(401);
    }

    @Test
    void should_not_hold_other_keys_against_the_rejected_one() {
        rejected.remember(ApiKey.of("key-one-123456"), 401);

        assertThat(rejected.statusOf(ApiKey.of("key-two-123456"))).isEmpty();
    }

    @Test
    void should_remember_that_a_call_without_any_key_was_refused() {
        assertThat(rejected.statusOf(null)).isEmpty();

        rejected.remember(null, 401);

        assertThat(rejected.statusOf(null)).hasValue(401);
        assertThat(rejected.statusOf(ApiKey.of("key-one-123456"))).isEmpty();
    }

    @Test
    void should_forget_the_least_recently_seen_keys_beyond_its_capacity() {
        for (int i = 0; i <= RejectedKeys.CAPACITY; i++) {
            rejected.remember(ApiKey.of("key-" + i), 401);
        }

        assertThat(rejected.statusOf(ApiKey.of("key-0"))).isEmpty();
        assertThat(rejected.statusOf(ApiKey.of("key-" + RejectedKeys.CAPACITY))).hasValue(401);
    }

    @Test
    void should_not_show_any_key_in_its_description() {
        rejected.remember(ApiKey.of("key-one-123456"), 401);

        assertThat(rejected.toString()).isEqualTo("RejectedKeys[1 remembered]");
    }
}
