package dev.mocksy.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** Reads how long a provider asked the caller to wait: headers first, then Gemini's {@code RetryInfo}. */
public final class RetryAfter {

    private RetryAfter() {}

    /**
     * The wait from {@code retry-after-ms} (milliseconds) or {@code Retry-After} (seconds or an HTTP date).
     *
     * @param header a case-insensitive header lookup returning {@code null} when absent
     * @param clock the clock an HTTP date is measured from
     */
    public static Optional<Duration> fromHeaders(UnaryOperator<String> header, Clock clock) {
        String millis = header.apply("retry-after-ms");
        if (millis != null) {
            try {
                return Optional.of(Duration.ofMillis(Math.round(Double.parseDouble(millis.strip()))));
            } catch (NumberFormatException ignored) {
                // fall through to Retry-After
            }
        }
        String value = header.apply("retry-after");
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        value = value.strip();
        try {
            return Optional.of(Duration.ofMillis(Math.round(Double.parseDouble(value) * 1000)));
        } catch (NumberFormatException notSeconds) {
            try {
                ZonedDateTime at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME);
                Duration wait = Duration.between(clock.instant(), at.toInstant());
                return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
            } catch (DateTimeParseException notADate) {
                return Optional.empty();
            }
        }
    }

    /**
     * The {@code retryDelay} of a {@code google.rpc.RetryInfo} detail in a Google error body, e.g.
     * {@code {"error": {"status": "RESOURCE_EXHAUSTED", "details": [{"@type":
     * "type.googleapis.com/google.rpc.RetryInfo", "retryDelay": "37s"}]}}}.
     */
    public static Optional<Duration> fromGoogleRetryInfo(JsonNode body) {
        if (body == null) {
            return Optional.empty();
        }
        for (JsonNode detail : body.path("error").path("details")) {
            if (detail.path("@type").asText().endsWith("google.rpc.RetryInfo")) {
                return parseProtoDuration(detail.path("retryDelay").asText(""));
            }
        }
        return Optional.empty();
    }

    /** A protobuf JSON duration such as {@code "37s"} or {@code "1.5s"}. */
    static Optional<Duration> parseProtoDuration(String text) {
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
}
