package dev.mocksy.http;

import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** Reads how long a provider asked the caller to wait from the standard {@code Retry-After} header. */
public final class RetryAfter {

    private RetryAfter() {}

    /**
     * The wait from {@code Retry-After}: seconds (fractions accepted) or an HTTP date.
     *
     * @param header a case-insensitive header lookup returning {@code null} when absent
     * @param clock the clock an HTTP date is measured from
     */
    public static Optional<Duration> fromHeaders(UnaryOperator<String> header, Clock clock) {
        String value = header.apply("retry-after");
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        value = value.strip();
        try {
            double seconds = Double.parseDouble(value);
            return seconds < 0 ? Optional.empty() : Optional.of(Duration.ofMillis(Math.round(seconds * 1000)));
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
     * A wait given in milliseconds, as in the {@code retry-after-ms} header some vendors send; empty when absent or not
     * a number.
     */
    public static Optional<Duration> millis(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            double millis = Double.parseDouble(value.strip());
            return millis < 0 ? Optional.empty() : Optional.of(Duration.ofMillis(Math.round(millis)));
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }
}
