package dev.mocksy.llm.gemini.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mocksy.http.ErrorBodies;
import dev.mocksy.http.ErrorDetails;
import dev.mocksy.http.ErrorFormat;
import dev.mocksy.http.FailureKind;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * Google's error bodies as the Gemini API sends them, {@code {"error": {"code", "message", "status", "details"}}}:
 * {@code RESOURCE_EXHAUSTED} with its {@code google.rpc.RetryInfo} wait, a daily {@code QuotaFailure}, an invalid key
 * answered with HTTP 400. Internal: not part of the API.
 */
public final class GoogleErrorFormat implements ErrorFormat {

    /** The one instance: it holds no state. */
    public static final GoogleErrorFormat INSTANCE = new GoogleErrorFormat();

    /** Google API keys. */
    private static final List<Pattern> KEY_SHAPES = List.of(Pattern.compile("AIza[0-9A-Za-z_\\-]{10,}"));

    private GoogleErrorFormat() {}

    @Override
    public ErrorDetails read(int status, UnaryOperator<String> header, String body) {
        JsonNode json = ErrorBodies.object(body);
        JsonNode error = json == null ? null : json.get("error");
        String googleStatus = ErrorBodies.text(error, "status");
        return new ErrorDetails(
                kind(status, error, googleStatus, body),
                ErrorBodies.text(error, "message"),
                googleStatus,
                retryDelay(error).orElse(null));
    }

    private static FailureKind kind(int status, JsonNode error, String googleStatus, String body) {
        // Google answers an invalid key with 400 INVALID_ARGUMENT and the reason API_KEY_INVALID
        if (body.contains("API_KEY_INVALID") || body.contains("API key not valid")) {
            return FailureKind.AUTHENTICATION;
        }
        if ("RESOURCE_EXHAUSTED".equals(googleStatus)) {
            // a used-up daily quota will not come back within any sensible retry
            return isDailyQuota(error) ? FailureKind.QUOTA : FailureKind.RATE_LIMIT;
        }
        if (status == 0 && error != null) {
            // an error inside a stream: its own code stands for the HTTP status
            int code = error.path("code").asInt(500);
            return FailureKind.ofStatus(code == 0 ? 500 : code);
        }
        return null;
    }

    private static boolean isDailyQuota(JsonNode error) {
        if (error == null) {
            return false;
        }
        for (JsonNode detail : error.path("details")) {
            if (detail.path("@type").asText().endsWith("google.rpc.QuotaFailure")) {
                for (JsonNode violation : detail.path("violations")) {
                    if (violation.path("quotaId").asText().contains("PerDay")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * The {@code retryDelay} of a {@code google.rpc.RetryInfo} detail, e.g. {@code {"@type":
     * "type.googleapis.com/google.rpc.RetryInfo", "retryDelay": "37s"}}.
     */
    static Optional<Duration> retryDelay(JsonNode error) {
        if (error == null) {
            return Optional.empty();
        }
        for (JsonNode detail : error.path("details")) {
            if (detail.path("@type").asText().endsWith("google.rpc.RetryInfo")) {
                return protoDuration(detail.path("retryDelay").asText(""));
            }
        }
        return Optional.empty();
    }

    /** A protobuf JSON duration such as {@code "37s"} or {@code "1.5s"}. */
    static Optional<Duration> protoDuration(String text) {
        if (!text.endsWith("s")) {
            return Optional.empty();
        }
        try {
            double seconds = Double.parseDouble(text.substring(0, text.length() - 1));
            return seconds < 0 ? Optional.empty() : Optional.of(Duration.ofMillis(Math.round(seconds * 1000)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    @Override
    public List<Pattern> keyShapes() {
        return KEY_SHAPES;
    }
}
