package dev.mocksy.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProviderErrorsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T03:00:00Z"), ZoneOffset.UTC);
    private final ProviderErrors errors = new ProviderErrors("acme", "set ACME_API_KEY", CLOCK);

    /** A made-up vendor: {@code {"kind": "QUOTA", "text": "...", "wait_ms": 1200}}, keys shaped {@code acme-...}. */
    private static final ErrorFormat ACME = new ErrorFormat() {
        @Override
        public ErrorDetails read(int status, UnaryOperator<String> header, String body) {
            var json = ErrorBodies.object(body);
            if (json == null) {
                return ErrorDetails.NONE;
            }
            String kind = ErrorBodies.text(json, "kind");
            String wait = ErrorBodies.text(json, "wait_ms");
            return new ErrorDetails(
                    kind == null ? null : FailureKind.valueOf(kind),
                    ErrorBodies.text(json, "text"),
                    ErrorBodies.text(json, "code"),
                    wait == null ? null : Duration.ofMillis(Long.parseLong(wait)));
        }

        @Override
        public List<Pattern> keyShapes() {
            return List.of(Pattern.compile("acme-[a-z0-9]{8,}"));
        }
    };

    private final ProviderErrors acme = new ProviderErrors("acme", "set ACME_API_KEY", ACME, CLOCK);

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
        assertThatThrownBy(() -> errors.requireKey(null, null))
                .isInstanceOf(AuthenticationException.class)
                .hasMessageContaining("no API key")
                .hasMessageContaining("set ACME_API_KEY");
    }

    @Test
    void should_read_retry_after_in_seconds_and_http_dates() {
        RateLimitException seconds =
                (RateLimitException) errors.fromResponse(429, headers("Retry-After", "20"), "", "m", null);
        RateLimitException date = (RateLimitException)
                errors.fromResponse(429, headers("Retry-After", "Sun, 22 Nov 2026 03:00:45 GMT"), "", "m", null);

        assertThat(seconds.retryAfter()).contains(Duration.ofSeconds(20));
        assertThat(date.retryAfter()).contains(Duration.ofSeconds(45));
    }

    @Test
    void should_keep_retry_after_on_overload() {
        ProviderException mapped = errors.fromResponse(529, headers("retry-after", "3"), "", "m", null);

        assertThat(((ProviderUnavailableException) mapped).retryAfter()).contains(Duration.ofSeconds(3));
        assertThat(mapped).hasMessageContaining("overloaded");
    }

    @Test
    void should_let_the_vendor_format_name_the_failure_its_message_and_its_wait() {
        ProviderException mapped = acme.fromResponse(
                429,
                headers("Retry-After", "9"),
                "{\"kind\": \"RATE_LIMIT\", \"text\": \"slow down please\", \"wait_ms\": \"1200\"}",
                "m",
                null);

        assertThat(mapped).isInstanceOf(RateLimitException.class).hasMessageContaining("slow down please");
        assertThat(((RateLimitException) mapped).retryAfter())
                .as("the vendor's own wait wins over Retry-After")
                .contains(Duration.ofMillis(1200));
    }

    @Test
    void should_let_the_vendor_turn_a_status_into_another_failure() {
        assertThat(acme.fromResponse(429, headers(), "{\"kind\": \"QUOTA\"}", "m", null))
                .isInstanceOf(QuotaExhaustedException.class);
        assertThat(acme.fromResponse(400, headers(), "{\"kind\": \"AUTHENTICATION\"}", "m", ApiKey.of("k-12345678")))
                .isInstanceOf(AuthenticationException.class);
        assertThat(acme.fromResponse(
                        400, headers(), "{\"kind\": \"CONTENT_REFUSED\", \"code\": \"unsafe\"}", "m", null))
                .isInstanceOf(ContentRefusedException.class)
                .extracting(e -> ((ContentRefusedException) e).reason())
                .isEqualTo("unsafe");
    }

    @Test
    void should_map_an_error_event_of_a_stream_by_what_the_vendor_says_else_as_unavailable() {
        assertThat(acme.fromStreamError("{\"kind\": \"OVERLOADED\", \"text\": \"busy\"}", "m", null))
                .isInstanceOf(ProviderUnavailableException.class)
                .hasMessageContaining("overloaded")
                .hasMessageContaining("error event in the stream");
        assertThat(acme.fromStreamError("{\"kind\": \"RATE_LIMIT\"}", "m", null))
                .isInstanceOf(RateLimitException.class);
        assertThat(errors.fromStreamError("{\"whatever\": 1}", "m", null))
                .isInstanceOf(ProviderUnavailableException.class);
    }

    @Test
    void should_go_by_the_status_when_the_vendor_format_fails_on_a_strange_body() {
        ProviderErrors broken = new ProviderErrors(
                "acme",
                "set ACME_API_KEY",
                (status, header, body) -> {
                    throw new IllegalStateException("cannot read " + body);
                },
                CLOCK);

        assertThat(broken.fromResponse(503, headers(), "<html>", "m", null))
                .isInstanceOf(ProviderUnavailableException.class)
                .hasMessageContaining("<html>");
    }

    @Test
    void should_name_where_the_rejected_key_came_from_but_never_quote_the_provider_or_the_key() {
        ProviderException mapped = errors.fromResponse(
                401,
                headers(),
                "{\"error\": {\"message\": \"Incorrect API key provided: sk-abc12345678\"}}",
                "m",
                ApiKey.of("sk-abc12345678", "ACME_API_KEY (setting acme.api-key)"));

        assertThat(mapped)
                .isInstanceOf(AuthenticationException.class)
                .hasMessageContaining("acme")
                .hasMessageContaining("the API key from ACME_API_KEY (setting acme.api-key) was rejected (HTTP 401)")
                .hasMessageContaining("set ACME_API_KEY")
                .hasMessageNotContaining("sk-abc")
                .hasMessageNotContaining("Incorrect");
    }

    @Test
    void should_say_a_key_is_required_when_none_was_sent() {
        assertThat(errors.fromResponse(401, headers(), "", "m", null))
                .isInstanceOf(AuthenticationException.class)
                .hasMessageContaining("requires an API key and none was sent");
    }

    @Test
    void should_refuse_a_key_rejected_before_with_the_same_type_and_status() {
        AuthenticationException refused = errors.rejectedBefore(ApiKey.of("k-123456", "ACME_API_KEY"), 403);

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused)
                .hasMessageContaining("the API key from ACME_API_KEY was rejected (HTTP 403) by an earlier call")
                .hasMessageContaining("not sent again")
                .hasMessageNotContaining("k-123456");
    }

    @Test
    void should_redact_the_key_bearer_tokens_and_the_vendors_key_shapes_from_provider_messages() {
        ProviderException mapped = acme.fromResponse(
                400,
                headers(),
                "{\"text\": \"bad request made with key my-secret-key-123, token Bearer abc.def and acme-7f3a9c2e1b\"}",
                "m",
                ApiKey.of("my-secret-key-123"));

        assertThat(mapped)
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageNotContaining("my-secret-key-123")
                .hasMessageNotContaining("abc.def")
                .hasMessageNotContaining("acme-7f3a9c2e1b");
        assertThat(mapped.getMessage()).contains("[redacted]");
    }

    @Test
    void should_redact_before_clipping_so_that_no_half_key_is_left() {
        String key = "secret-" + "x".repeat(40);
        String body = "y".repeat(280) + key;

        ProviderException mapped = errors.fromResponse(400, headers(), body, "m", ApiKey.of(key));

        assertThat(mapped).hasMessageNotContaining("secret-xxx");
    }

    @Test
    void should_quote_a_long_body_on_one_clipped_line() {
        ProviderException mapped =
                errors.fromResponse(500, headers(), "line one\nline two\n" + "z".repeat(500), "m", null);

        assertThat(mapped.getMessage())
                .contains("line one line two")
                .doesNotContain("\n")
                .endsWith("...)");
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
        assertThat(errors.fromIo(new java.io.InterruptedIOException("timeout"), null))
                .isInstanceOf(ProviderTimeoutException.class);
        assertThat(errors.fromIo(new IOException("Connection refused"), null))
                .isInstanceOf(ProviderUnavailableException.class);
    }

    @Test
    void should_scrub_a_secret_a_parser_quoted_from_a_reply_and_keep_the_type() {
        ApiKey key = ApiKey.of("acme-key-0123456789");
        ProviderException quoting = new dev.mocksy.InvalidResponseException(
                "acme",
                "the reply is not JSON",
                new IOException("Unrecognized token 'acme-key-0123456789': was expecting JSON"));

        ProviderException scrubbed = acme.scrub(quoting, key);

        assertThat(scrubbed).isInstanceOf(dev.mocksy.InvalidResponseException.class);
        assertThat(String.valueOf(scrubbed.getCause()))
                .doesNotContain(key.reveal())
                .contains("IOException");
        assertThat(acme.scrub(new QuotaExhaustedException("acme", "used up"), key))
                .as("a clean failure is passed on as it is")
                .isInstanceOf(QuotaExhaustedException.class);
    }
}
