package dev.mocksy.llm.claude.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mocksy.InvalidRequestException;
import dev.mocksy.ProviderException;
import dev.mocksy.ProviderUnavailableException;
import dev.mocksy.QuotaExhaustedException;
import dev.mocksy.RateLimitException;
import dev.mocksy.http.ProviderErrors;
import java.time.Clock;
import org.junit.jupiter.api.Test;

class AnthropicErrorFormatTest {

    private final ProviderErrors errors =
            new ProviderErrors("claude", "set ANTHROPIC_API_KEY", AnthropicErrorFormat.INSTANCE, Clock.systemUTC());

    private static String error(String type, String message) {
        return "{\"type\": \"error\", \"error\": {\"type\": \"" + type + "\", \"message\": \"" + message + "\"}}";
    }

    @Test
    void should_map_an_error_event_by_its_type() {
        ProviderException overloaded = errors.fromStreamError(error("overloaded_error", "Overloaded"), "m", null);

        assertThat(overloaded).isInstanceOf(ProviderUnavailableException.class).hasMessageContaining("overloaded");
        assertThat(errors.fromStreamError(error("rate_limit_error", "slow"), "m", null))
                .isInstanceOf(RateLimitException.class);
        assertThat(errors.fromStreamError(error("invalid_request_error", "bad"), "m", null))
                .isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void should_read_an_overload_sent_with_529() {
        assertThat(errors.fromResponse(529, name -> null, error("overloaded_error", "Overloaded"), "m", null))
                .isInstanceOf(ProviderUnavailableException.class)
                .hasMessageContaining("overloaded (HTTP 529: Overloaded)");
    }

    @Test
    void should_tell_a_used_up_balance_or_spend_limit_from_a_bad_request_or_a_rate_limit() {
        assertThat(errors.fromResponse(
                        400,
                        name -> null,
                        error("invalid_request_error", "Your credit balance is too low to access the Anthropic API."),
                        "m",
                        null))
                .isInstanceOf(QuotaExhaustedException.class);
        assertThat(errors.fromResponse(
                        400,
                        name -> null,
                        error("invalid_request_error", "You have reached your specified API usage limits."),
                        "m",
                        null))
                .isInstanceOf(QuotaExhaustedException.class);
        assertThat(errors.fromResponse(
                        429,
                        name -> null,
                        "{\"type\": \"error\", \"error\": {\"type\": \"rate_limit_error\", \"message\": \"You have reached"
                                + " your API usage limits.\", \"details\": {\"error_code\":"
                                + " \"enforced_spend_limit_reached\"}}}",
                        "m",
                        null))
                .isInstanceOf(QuotaExhaustedException.class);
        assertThat(errors.fromResponse(429, name -> null, error("rate_limit_error", "Too many requests"), "m", null))
                .isInstanceOf(RateLimitException.class);
    }

    @Test
    void should_redact_anthropic_keys() {
        assertThat(errors.fromResponse(
                        400,
                        name -> null,
                        error("invalid_request_error", "key sk-ant-api03-abcdef123 is old"),
                        "m",
                        null))
                .hasMessageNotContaining("sk-ant-api03");
    }
}
