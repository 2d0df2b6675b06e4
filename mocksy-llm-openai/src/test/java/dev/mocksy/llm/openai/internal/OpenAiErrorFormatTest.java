package dev.mocksy.llm.openai.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mocksy.AuthenticationException;
import dev.mocksy.ContentRefusedException;
import dev.mocksy.InvalidRequestException;
import dev.mocksy.ModelNotFoundException;
import dev.mocksy.ProviderException;
import dev.mocksy.QuotaExhaustedException;
import dev.mocksy.RateLimitException;
import dev.mocksy.http.ProviderErrors;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class OpenAiErrorFormatTest {

    private final ProviderErrors errors =
            new ProviderErrors("openai", "set OPENAI_API_KEY", OpenAiErrorFormat.INSTANCE, Clock.systemUTC());

    private static UnaryOperator<String> headers(String... pairs) {
        Map<String, String> map = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map::get;
    }

    private static String error(String message, String type, String code) {
        return "{\"error\": {\"message\": \"" + message + "\", \"type\": \"" + type + "\", \"param\": null, \"code\": "
                + (code == null ? "null" : "\"" + code + "\"") + "}}";
    }

    @Test
    void should_prefer_retry_after_ms_to_retry_after() {
        ProviderException mapped = errors.fromResponse(
                429,
                headers("retry-after-ms", "1500", "Retry-After", "2"),
                error("Rate limit reached", "requests", "rate_limit_exceeded"),
                "m",
                null);

        assertThat(((RateLimitException) mapped).retryAfter()).contains(Duration.ofMillis(1500));
        assertThat(mapped).hasMessageContaining("Rate limit reached");
    }

    @Test
    void should_tell_a_used_up_quota_from_a_rate_limit() {
        assertThat(errors.fromResponse(
                        429,
                        headers(),
                        error("You exceeded your current quota", "insufficient_quota", "insufficient_quota"),
                        "m",
                        null))
                .isInstanceOf(QuotaExhaustedException.class);
        assertThat(errors.fromResponse(429, headers(), error("Slow down", "requests", null), "m", null))
                .isInstanceOf(RateLimitException.class);
    }

    @Test
    void should_read_an_invalid_key_and_an_unknown_model_by_their_codes() {
        assertThat(errors.fromResponse(
                        400, headers(), error("Bad key", "invalid_request_error", "invalid_api_key"), "m", null))
                .isInstanceOf(AuthenticationException.class);
        assertThat(errors.fromResponse(
                        400,
                        headers(),
                        error("No such model", "invalid_request_error", "model_not_found"),
                        "gpt-9",
                        null))
                .isInstanceOf(ModelNotFoundException.class);
    }

    @Test
    void should_recognise_a_content_policy_rejection_but_not_call_every_bad_request_one() {
        ProviderException refused = errors.fromResponse(
                400, headers(), error("no", "invalid_request_error", "content_policy_violation"), "m", null);

        assertThat(refused).isInstanceOf(ContentRefusedException.class);
        assertThat(((ContentRefusedException) refused).reason()).isEqualTo("content_policy_violation");
        assertThat(errors.fromResponse(
                        400, headers(), error("bad temperature", "invalid_request_error", "invalid_value"), "m", null))
                .isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void should_redact_openai_keys_even_as_openai_masks_them() {
        ProviderException mapped = errors.fromResponse(
                400,
                headers(),
                error(
                        "Key sk-proj-abcdef123456 and sk-CANAR***********LEAK are not allowed here",
                        "invalid_request_error",
                        null),
                "m",
                null);

        assertThat(mapped).hasMessageNotContaining("sk-proj-abcdef").hasMessageNotContaining("sk-CANAR");
    }

    @Test
    void should_map_an_error_chunk_of_a_stream() {
        assertThat(errors.fromStreamError(error("The server had an error", "server_error", null), "m", null))
                .isInstanceOf(dev.mocksy.ProviderUnavailableException.class);
    }
}
