package dev.mocksy.llm;

import java.util.Objects;
import java.util.Optional;

/**
 * A provider's API key: a secret that never shows in {@link #toString()}, logs or exception messages.
 *
 * <p>Pass one per request ({@link ChatRequest.Builder#apiKey}) when one process serves many users, each with their
 * own key (bring your own key). A key may say where it came from ({@link #source()}, e.g. {@code OPENAI_API_KEY}), so
 * that an error about it can name the variable to fix without showing the key.
 */
public final class ApiKey {

    private final String value;
    private final String source;

    private ApiKey(String value, String source) {
        this.value = value;
        this.source = source;
    }

    /**
     * Wraps a key; surrounding blanks (such as a trailing newline from a file) are dropped.
     *
     * @throws IllegalArgumentException when the key is blank or holds a character an HTTP header cannot carry
     *     (whitespace inside, a control character, anything beyond printable ASCII); the message says which position,
     *     never the key
     */
    public static ApiKey of(String value) {
        return new ApiKey(checked(value), null);
    }

    /**
     * Wraps a key that came from {@code source}, e.g. {@code "OPENAI_API_KEY (setting openai.api-key)"}.
     *
     * @throws IllegalArgumentException as {@link #of(String)}, or when the source is blank
     */
    public static ApiKey of(String value, String source) {
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException("source must not be blank when given");
        }
        return new ApiKey(checked(value), source.strip());
    }

    /**
     * Why the text cannot be an API key, or empty when it can: the same checks as {@link #of(String)}, for callers that
     * report the problem in their own terms. Never quotes the text.
     */
    public static Optional<String> problem(String value) {
        if (value == null || value.isBlank()) {
            return Optional.of("it is blank");
        }
        String stripped = value.strip();
        for (int i = 0; i < stripped.length(); i++) {
            char c = stripped.charAt(i);
            if (c > 0x20 && c < 0x7f) {
                continue;
            }
            String what = Character.isWhitespace(c) || Character.isSpaceChar(c)
                    ? "whitespace"
                    : Character.isISOControl(c) ? "a control character" : "a character beyond printable ASCII";
            return Optional.of("character " + (i + 1) + " of " + stripped.length() + " is " + what
                    + ", which an HTTP header cannot carry; copy the key again");
        }
        return Optional.empty();
    }

    private static String checked(String value) {
        Optional<String> problem = problem(value);
        if (problem.isPresent()) {
            throw new IllegalArgumentException("API key is not usable: " + problem.get());
        }
        return value.strip();
    }

    /** The secret itself, for the one place that puts it in an HTTP header. */
    public String reveal() {
        return value;
    }

    /** Where the key came from, e.g. {@code "OPENAI_API_KEY (setting openai.api-key)"}; empty when not said. */
    public Optional<String> source() {
        return Optional.ofNullable(source);
    }

    /** Keys are equal when their secrets are: where they came from does not matter. */
    @Override
    public boolean equals(Object other) {
        return other instanceof ApiKey key && key.value.equals(value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value);
    }

    @Override
    public String toString() {
        return source == null ? "ApiKey[redacted]" : "ApiKey[redacted, from " + source + "]";
    }
}
