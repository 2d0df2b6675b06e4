package dev.mocksy.llm.gemini.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mocksy.AuthenticationException;
import dev.mocksy.ProviderException;
import dev.mocksy.QuotaExhaustedException;
import dev.mocksy.RateLimitException;
import dev.mocksy.http.ProviderErrors;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class GoogleErrorFormatTest {

    private final ProviderErrors errors =
            new ProviderErrors("gemini", "set GEMINI_API_KEY", GoogleErrorFormat.INSTANCE, Clock.systemUTC());

    @Test
    void should_read_the_retry_delay_of_a_resource_exhausted_body() {
        String body =
                """
                {"error": {"code": 429, "message": "Resource has been exhausted (e.g. check quota).",
                  "status": "RESOURCE_EXHAUSTED",
                  "details": [{"@type": "type.googleapis.com/google.rpc.RetryInfo", "retryDelay": "37.5s"}]}}
                """;

        ProviderException mapped = errors.fromResponse(429, name -> null, body, "m", null);

        assertThat(mapped).isInstanceOf(RateLimitException.class).hasMessageContaining("Resource has been exhausted");
        assertThat(((RateLimitException) mapped).retryAfter()).contains(Duration.ofMillis(37_500));
    }

    @Test
    void should_tell_a_used_up_daily_quota_from_a_rate_limit() {
        String body =
                """
                {"error": {"code": 429, "message": "You exceeded your current quota.", "status": "RESOURCE_EXHAUSTED",
                  "details": [{"@type": "type.googleapis.com/google.rpc.QuotaFailure",
                    "violations": [{"quotaId": "GenerateRequestsPerDayPerProjectPerModel-FreeTier"}]},
                   {"@type": "type.googleapis.com/google.rpc.RetryInfo", "retryDelay": "20s"}]}}
                """;

        assertThat(errors.fromResponse(429, name -> null, body, "m", null)).isInstanceOf(QuotaExhaustedException.class);
    }

    @Test
    void should_read_an_invalid_key_answered_with_400_as_an_authentication_failure() {
        String body =
                """
                {"error": {"code": 400, "message": "API key not valid. Please pass a valid API key.",
                  "status": "INVALID_ARGUMENT",
                  "details": [{"@type": "type.googleapis.com/google.rpc.ErrorInfo", "reason": "API_KEY_INVALID"}]}}
                """;

        assertThat(errors.fromResponse(400, name -> null, body, "m", null))
                .isInstanceOf(AuthenticationException.class)
                .hasMessageNotContaining("Please pass");
    }

    @Test
    void should_map_an_error_inside_a_stream_by_its_code() {
        assertThat(errors.fromStreamError(
                        "{\"error\": {\"code\": 503, \"message\": \"The model is overloaded.\", \"status\": \"UNAVAILABLE\"}}",
                        "m",
                        null))
                .isInstanceOf(dev.mocksy.ProviderUnavailableException.class);
        assertThat(errors.fromStreamError(
                        "{\"error\": {\"code\": 400, \"message\": \"Bad\", \"status\": \"INVALID_ARGUMENT\"}}",
                        "m",
                        null))
                .isInstanceOf(dev.mocksy.InvalidRequestException.class);
    }

    @Test
    void should_redact_google_api_keys() {
        ProviderException mapped = errors.fromResponse(
                400,
                name -> null,
                "{\"error\": {\"code\": 400, \"message\": \"key AIzaSyA1234567890abcdefgh is restricted\"}}",
                "m",
                null);

        assertThat(mapped).hasMessageNotContaining("AIzaSy").hasMessageContaining("[redacted]");
    }

    @Test
    void should_read_protobuf_durations() {
        assertThat(GoogleErrorFormat.protoDuration("37s")).contains(Duration.ofSeconds(37));
        assertThat(GoogleErrorFormat.protoDuration("1.5s")).contains(Duration.ofMillis(1500));
        assertThat(GoogleErrorFormat.protoDuration("soon")).isEmpty();
        assertThat(GoogleErrorFormat.protoDuration("-1s")).isEmpty();
    }
}
