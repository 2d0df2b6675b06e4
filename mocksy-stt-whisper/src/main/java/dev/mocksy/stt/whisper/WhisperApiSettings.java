package dev.mocksy.stt.whisper;

import dev.mocksy.ProviderException;
import dev.mocksy.spi.ProviderConfig;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * Where and how to call an OpenAI-compatible transcription endpoint ({@code POST {baseUrl}/audio/transcriptions}).
 *
 * <p>The same settings serve OpenAI, Groq ({@code https://api.groq.com/openai/v1}), a whisper.cpp server or a
 * faster-whisper server. {@link #toString()} never shows the API key.
 *
 * @param baseUrl the API root, e.g. {@code https://api.openai.com/v1}
 * @param apiKey the bearer token; null for local servers that need none
 * @param model the model name, e.g. {@code whisper-1}
 * @param language an ISO-639-1 hint such as {@code en}, or null to let the server detect it
 * @param prompt text that guides spelling and style (names, jargon), or null
 * @param timeout the whole call's timeout
 * @param maxRetries retries after a rate limit, a server error or a broken connection, 0 to 19
 * @param initialBackoff the first wait before a retry; doubled each time (with jitter, up to 20 s) unless the server
 *     says how long
 */
public record WhisperApiSettings(
        String baseUrl,
        String apiKey,
        String model,
        String language,
        String prompt,
        Duration timeout,
        int maxRetries,
        Duration initialBackoff) {

    public static final String BASE_URL = "mocksy.whisper.base-url";
    public static final String API_KEY = "mocksy.whisper.api-key";
    public static final String OPENAI_API_KEY = "openai.api-key";
    public static final String MODEL = "mocksy.whisper.model";
    public static final String LANGUAGE = "mocksy.whisper.language";
    public static final String PROMPT = "mocksy.whisper.prompt";
    public static final String OPENAI_BASE_URL = "https://api.openai.com/v1";

    public WhisperApiSettings {
        Objects.requireNonNull(baseUrl, "baseUrl");
        URI uri = URI.create(baseUrl);
        if (uri.getScheme() == null
                || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))) {
            throw new IllegalArgumentException("baseUrl must be an http(s) URL, got " + baseUrl);
        }
        baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        if (model == null || model.isBlank()) {
            throw new IllegalArgumentException("model must not be blank");
        }
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(initialBackoff, "initialBackoff");
        if (initialBackoff.isNegative()) {
            throw new IllegalArgumentException("initialBackoff must not be negative, got " + initialBackoff);
        }
        if (maxRetries < 0 || maxRetries > 19) {
            throw new IllegalArgumentException("maxRetries must be between 0 and 19, got " + maxRetries);
        }
    }

    /** OpenAI's endpoint with {@code whisper-1}, two retries and a two-minute timeout. */
    public static WhisperApiSettings openAi(String apiKey) {
        return new WhisperApiSettings(
                OPENAI_BASE_URL, apiKey, "whisper-1", null, null, Duration.ofMinutes(2), 2, Duration.ofMillis(500));
    }

    /**
     * Reads {@code mocksy.whisper.*} (or {@code MOCKSY_WHISPER_*}); the key falls back to {@code OPENAI_API_KEY}.
     *
     * @throws ProviderException when OpenAI's endpoint is used without a key, saying how to set one
     */
    public static WhisperApiSettings from(ProviderConfig config) {
        String baseUrl = config.get(BASE_URL).orElse(OPENAI_BASE_URL);
        String apiKey = config.get(API_KEY).or(() -> config.get(OPENAI_API_KEY)).orElse(null);
        if (apiKey == null && baseUrl.startsWith(OPENAI_BASE_URL)) {
            throw new ProviderException(
                    "whisper",
                    "no API key: set MOCKSY_WHISPER_API_KEY or OPENAI_API_KEY, point mocksy.whisper.base-url at a "
                            + "local server, or set mocksy.whisper.model-file to run whisper.cpp locally");
        }
        return new WhisperApiSettings(
                baseUrl,
                apiKey,
                config.get(MODEL).orElse("whisper-1"),
                config.get(LANGUAGE).orElse(null),
                config.get(PROMPT).orElse(null),
                Duration.ofMinutes(2),
                2,
                Duration.ofMillis(500));
    }

    /** A copy with another language hint. */
    public WhisperApiSettings withLanguage(String newLanguage) {
        return new WhisperApiSettings(baseUrl, apiKey, model, newLanguage, prompt, timeout, maxRetries, initialBackoff);
    }

    /** A copy with another prompt. */
    public WhisperApiSettings withPrompt(String newPrompt) {
        return new WhisperApiSettings(baseUrl, apiKey, model, language, newPrompt, timeout, maxRetries, initialBackoff);
    }

    /** A copy with other retry timing. */
    public WhisperApiSettings withRetries(int retries, Duration backoff) {
        return new WhisperApiSettings(baseUrl, apiKey, model, language, prompt, timeout, retries, backoff);
    }

    @Override
    public String toString() {
        return "WhisperApiSettings[baseUrl=" + baseUrl + ", apiKey=" + (apiKey == null ? "none" : "***") + ", model="
                + model + ", language=" + language + ", prompt=" + (prompt == null ? "none" : "set") + "]";
    }
}
