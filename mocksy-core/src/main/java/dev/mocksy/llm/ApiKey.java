package dev.mocksy.llm;

/**
 * A provider's API key: a secret that never shows in {@link #toString()}, logs or exception messages.
 *
 * <p>Pass one per request ({@link ChatRequest.Builder#apiKey}) when one process serves many users, each with their
 * own key (bring your own key).
 */
public final class ApiKey {

    private final String value;

    private ApiKey(String value) {
        this.value = value;
    }

    /**
     * Wraps a key.
     *
     * @throws IllegalArgumentException when the key is blank or contains whitespace inside
     */
    public static ApiKey of(String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("API key must not be blank");
        }
        String stripped = value.strip();
        if (stripped.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("API key must not contain whitespace");
        }
        return new ApiKey(stripped);
    }

    /** The secret itself, for the one place that puts it in an HTTP header. */
    public String reveal() {
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ApiKey key && key.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return "ApiKey[redacted]";
    }
}
