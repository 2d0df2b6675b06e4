package dev.mocksy.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mocksy.AuthenticationException;
import dev.mocksy.ContentRefusedException;
import dev.mocksy.InvalidRequestException;
import dev.mocksy.ModelNotFoundException;
import dev.mocksy.ProviderException;
import dev.mocksy.ProviderTimeoutException;
import dev.mocksy.ProviderUnavailableException;
import dev.mocksy.QuotaExhaustedException;
import dev.mocksy.RateLimitException;
import dev.mocksy.llm.ApiKey;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProviderErrorsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T03:00:00Z"), ZoneOffset.UTC);
    private final ProviderErrors errors = new ProviderErrors("acme", "set ACME_API_KEY", CLOCK);

    private static UnaryOperator<String> headers(String... pairs) {
        Map<String, String> map = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map::get;
    }

    @ParameterizedTest
    @CsvSource({
        "400, dev.mocksy.InvalidRequestException",
        "401, dev.mocksy.AuthenticationException",
        "402, dev.mocksy.QuotaExhaustedException",
        "403, dev.mocksy.AuthenticationException",
        "404, dev.mocksy.ModelNotFoundException",
        "408, dev.mocksy.ProviderTimeoutException",
        "409, dev.mocksy.ProviderUnavailableException",
        "413, dev.mocksy.InvalidRequestException",
        "422, dev.mocksy.InvalidRequestException",
        "429, dev.mocksy.RateLimitException",
        "500, dev.mocksy.ProviderUnavailableException",
        "502, dev.mocksy.ProviderUnavailableException",
        "503, dev.mocksy.ProviderUnavailableException",
        "529, dev.mocksy.ProviderUnavailableException"
    })
    void should_map_each_status_to_its_type(int status, Class<?> expected) {
        ProviderException mapped = errors.fromResponse(status, headers(), "", "m-1", null);

        assertThat(mapped).isInstanceOf(expected);
        assertThat(mapped.provider()).isEqualTo("acme");
        assertThat(RetryPolicy.isRetryable(mapped)).isEqualTo(status == 408 || status == 409 || status >= 429);
    }

    @Test
    void should_prefer_the_request_key_and_fall_back_to_the_configured_one() {
        ApiKey perRequest = ApiKey.of("sk-request-123456");
        ApiKey configured = ApiKey.of("sk-configured-123456");

        assertThat(errors.requireKey(perRequest, configured)).isSameAs(perRequest);
        assertThat(errors.requireKey(null, configured)).isSameAs(configured);
    }

    @Test
    void should_fail_without_any_key_saying_how_to_set_one() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> errors.requireKey(null, null))
                .isInstanceOf(AuthenticationException.class)
                .hasMessageContaining("no API key")
                .hasMessageContaining("set ACME_API_KEY");
    }

    @Test
    void should_read_retry_after_in_seconds_milliseconds_and_http_dates() {
        RateLimitException seconds =
                (RateLimitException) errors.fromResponse(429, headers("Retry-After", "20"), "", "m", null);
        RateLimitException millis = (RateLimitException)
                errors.fromResponse(429, headers("retry-after-ms", "1500", "Retry-After", "2"), "", "m", null);
        RateLimitException date = (RateLimitException)
                errors.fromResponse(429, headers("Retry-After", "Sun, 22 Nov 2026 03:00:45 GMT"), "", "m", null);

        assertThat(seconds.retryAfter()).contains(Duration.ofSeconds(20));
        assertThat(millis.retryAfter()).contains(Duration.ofMillis(1500));
        assertThat(date.retryAfter()).contains(Duration.ofSeconds(45));
    }

    @Test
    void should_read_the_retry_delay_of_a_google_resource_exhausted_body() {
        String body =
                """
                {"error": {"code": 429, "message": "Resource has been exhausted (e.g. check quota).",
                  "status": "RESOURCE_EXHAUSTED",
                  "details": [{"@type": "type.googleapis.com/google.rpc.RetryInfo", "retryDelay": "37.5s"}]}}
                """;

        ProviderException mapped = errors.fromResponse(429, headers(), body, "m", null);

        assertThat(mapped).isInstanceOf(RateLimitException.class);
        assertThat(((RateLimitException) mapped).retryAfter()).contains(Duration.ofMillis(37_500));
    }

    @Test
    void should_keep_retry_after_on_overload() {
        ProviderException mapped = errors.fromResponse(529, headers("retry-after", "3"), "", "m", null);

        assertThat(((ProviderUnavailableException) mapped).retryAfter()).contains(Duration.ofSeconds(3));
        assertThat(mapped).hasMessageContaining("overloaded");
    }

    @Test
    void should_name_the_provider_and_the_setting_but_not_quote_an_authentication_failure() {
        ProviderException mapped = errors.fromResponse(
                401,
                headers(),
                "{\"error\": {\"message\": \"Incorrect API key provided: sk-abc12345678\"}}",
                "m",
                ApiKey.of("sk-abc12345678"));

        assertThat(mapped)
                .isInstanceOf(AuthenticationException.class)
                .hasMessageContaining("acme")
                .hasMessageContaining("ACME_API_KEY")
                .hasMessageNotContaining("sk-abc");
    }

    @Test
    void should_redact_the_key_from_other_provider_messages() {
        ProviderException mapped = errors.fromResponse(
                400,
                headers(),
                "{\"error\": {\"message\": \"bad request made with key my-secret-key-123\"}}",
                "m",
                ApiKey.of("my-secret-key-123"));

        assertThat(mapped).isInstanceOf(InvalidRequestException.class).hasMessageNotContaining("my-secret-key-123");
        assertThat(mapped.getMessage()).contains("[redacted]");
    }

    @Test
    void should_tell_a_used_up_quota_from_a_rate_limit() {
        assertThat(errors.fromResponse(
                        429,
                        headers(),
                        "{\"error\": {\"type\": \"insufficient_quota\", \"code\": \"insufficient_quota\"}}",
                        "m",
                        null))
                .isInstanceOf(QuotaExhaustedException.class);
        assertThat(errors.fromResponse(429, headers(), "{\"error\": {\"type\": \"requests\"}}", "m", null))
                .isInstanceOf(RateLimitException.class);
        assertThat(errors.fromResponse(
                        400,
                        headers(),
                        "{\"type\": \"error\", \"error\": {\"type\": \"invalid_request_error\", \"message\":"
                                + " \"Your credit balance is too low to access the Anthropic API.\"}}",
                        "m",
                        null))
                .isInstanceOf(QuotaExhaustedException.class);
    }

    @Test
    void should_recognise_a_content_policy_rejection() {
        ProviderException mapped = errors.fromResponse(
                400,
                headers(),
                "{\"error\": {\"code\": \"content_policy_violation\", \"message\": \"no\"}}",
                "m",
                null);

        assertThat(mapped).isInstanceOf(ContentRefusedException.class);
    }

    @Test
    void should_name_the_model_that_was_not_found() {
        ProviderException mapped = errors.fromResponse(404, headers(), "not found", "gpt-9", null);

        assertThat(mapped).isInstanceOf(ModelNotFoundException.class).hasMessageContaining("gpt-9");
        assertThat(((ModelNotFoundException) mapped).model()).isEqualTo("gpt-9");
    }

    @Test
    void should_map_network_failures_to_timeout_or_unavailable() {
        assertThat(errors.fromIo(new SocketTimeoutException("Read timed out"), null))
                .isInstanceOf(ProviderTimeoutException.class);
        assertThat(errors.fromIo(new IOException("Connection refused"), null))
                .isInstanceOf(ProviderUnavailableException.class);
    }

    @Test
    void should_map_an_anthropic_error_event_by_its_type() {
        assertThat(errors.fromStreamError(
                        "{\"type\":\"error\",\"error\":{\"type\":\"overloaded_error\",\"message\":\"Overloaded\"}}",
                        "m",
                        null))
                .isInstanceOf(ProviderUnavailableException.class);
        assertThat(errors.fromStreamError(
                        "{\"type\":\"error\",\"error\":{\"type\":\"rate_limit_error\",\"message\":\"slow\"}}",
                        "m",
                        null))
                .isInstanceOf(RateLimitException.class);
    }
}
