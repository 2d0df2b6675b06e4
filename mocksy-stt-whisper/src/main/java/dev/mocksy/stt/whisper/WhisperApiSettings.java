package dev.mocksy.stt.whisper;

import dev.mocksy.AuthenticationException;
import dev.mocksy.http.okhttp.HttpProviderConfig;
import dev.mocksy.llm.ApiKey;
import dev.mocksy.spi.ProviderConfig;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where and how to call an OpenAI-compatible transcription endpoint ({@code POST {baseUrl}/audio/transcriptions}).
 *
 * <p>The same settings serve OpenAI, Groq ({@code https://api.groq.com/openai/v1}), a whisper.cpp server or a
 * faster-whisper server. {@link #toString()} never shows the API key.
 *
 * @param baseUrl the API root, e.g. {@code https://api.openai.com/v1}
 * @param apiKey the bearer token; null for local servers that need none; only printable ASCII, as HTTP headers carry
 * @param model the model name, e.g. {@code whisper-1}
 * @param language an ISO-639-1 hint such as {@code en}, or null to let the server detect it
 * @param prompt text that guides spelling and style (names, jargon), or null
 * @param timeout the deadline of one whole call, every retry and wait included
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

    /** The deadline of one transcription, upload and retries included: long answers take a while to upload. */
    static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(2);

    static final int DEFAULT_RETRIES = 2;
    static final Duration DEFAULT_BACKOFF = Duration.ofMillis(500);

    public WhisperApiSettings {
        Objects.requireNonNull(baseUrl, "baseUrl");
        URI uri = URI.create(baseUrl);
        if (uri.getScheme() == null
                || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))) {
            throw new IllegalArgumentException("baseUrl must be an http(s) URL, got " + baseUrl);
        }
        baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        if (apiKey != null) {
            Optional<String> problem = ApiKey.problem(apiKey);
            if (problem.isPresent()) {
                throw new IllegalArgumentException("apiKey is not usable: " + problem.get());
            }
            apiKey = apiKey.strip();
        }
        if (model == null || model.isBlank()) {
            throw new IllegalArgumentException("model must not be blank");
        }
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isZero() || timeout.isNegative()) {
            throw new IllegalArgumentException("timeout must be positive, got " + timeout);
        }
        Objects.requireNonNull(initialBackoff, "initialBackoff");
        if (initialBackoff.isNegative()) {
            throw new IllegalArgumentException("initialBackoff must not be negative, got " + initialBackoff);
        }
        if (maxRetries < 0 || maxRetries > 19) {
            throw new IllegalArgumentException("maxRetries must be between 0 and 19, got " + maxRetries);
        }
    }

    /** OpenAI's endpoint with {@code whisper-1}, two retries and a two-minute deadline. */
    public static WhisperApiSettings openAi(String apiKey) {
        return new WhisperApiSettings(
                OPENAI_BASE_URL, apiKey, "whisper-1", null, null, DEFAULT_TIMEOUT, DEFAULT_RETRIES, DEFAULT_BACKOFF);
    }

    /**
     * Reads {@code mocksy.whisper.*} (or {@code MOCKSY_WHISPER_*}): {@code base-url}, {@code api-key} (falling back to
     * {@code OPENAI_API_KEY}), {@code model}, {@code language}, {@code prompt}, {@code max-attempts} (default 3) and
     * {@code timeout-seconds} (the deadline of one call, retries included; default 120).
     *
     * @throws AuthenticationException when OpenAI's endpoint is used without a key, or the key holds a character an
     *     HTTP header cannot carry, saying how to set one
     * @throws IllegalArgumentException when a number setting is not a whole number in range, naming it
     */
    public static WhisperApiSettings from(ProviderConfig config) {
        return from(new HttpProviderConfig(
                WhisperApiSpeechToText.ID, WhisperApiSpeechToText.KEY_HELP, List.of(API_KEY, OPENAI_API_KEY), config));
    }

    static WhisperApiSettings from(HttpProviderConfig config) {
        String baseUrl = config.baseUrl().orElse(OPENAI_BASE_URL);
        String apiKey = config.optionalApiKey().map(ApiKey::reveal).orElse(null);
        if (apiKey == null && baseUrl.startsWith(OPENAI_BASE_URL)) {
            throw new AuthenticationException(
                    WhisperApiSpeechToText.ID,
                    "no API key is configured",
                    "set MOCKSY_WHISPER_API_KEY or OPENAI_API_KEY, point mocksy.whisper.base-url at a local server, or"
                            + " set mocksy.whisper.model-file to run whisper.cpp locally",
                    0);
        }
        int maxAttempts = config.maxAttempts().orElse(DEFAULT_RETRIES + 1);
        if (maxAttempts > 20) {
            throw new IllegalArgumentException(
                    "mocksy.whisper.max-attempts must be between 1 and 20, got " + maxAttempts);
        }
        return new WhisperApiSettings(
                baseUrl,
                apiKey,
                config.model().orElse("whisper-1"),
                config.get(LANGUAGE).orElse(null),
                config.get(PROMPT).orElse(null),
                config.deadline().orElse(DEFAULT_TIMEOUT),
                maxAttempts - 1,
                DEFAULT_BACKOFF);
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

    /** A builder for {@link WhisperApiSettings}; every field is checked when {@link Builder#build()} runs. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this value's fields, to change some of them. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Builds a {@link WhisperApiSettings}. */
    public static final class Builder {
        private String baseUrl;
        private String apiKey;
        private String model;
        private String language;
        private String prompt;
        private Duration timeout;
        private int maxRetries;
        private Duration initialBackoff;

        private Builder() {}

        private Builder(WhisperApiSettings source) {
            baseUrl = source.baseUrl;
            apiKey = source.apiKey;
            model = source.model;
            language = source.language;
            prompt = source.prompt;
            timeout = source.timeout;
            maxRetries = source.maxRetries;
            initialBackoff = source.initialBackoff;
        }

        public Builder baseUrl(String baseUrl) {
            this.baseUrl = baseUrl;
            return this;
        }

        public Builder apiKey(String apiKey) {
            this.apiKey = apiKey;
            return this;
        }

        public Builder model(String model) {
            this.model = model;
            return this;
        }

        public Builder language(String language) {
            this.language = language;
            return this;
        }

        public Builder prompt(String prompt) {
            this.prompt = prompt;
            return this;
        }

        public Builder timeout(Duration timeout) {
            this.timeout = timeout;
            return this;
        }

        public Builder maxRetries(int maxRetries) {
            this.maxRetries = maxRetries;
            return this;
        }

        public Builder initialBackoff(Duration initialBackoff) {
            this.initialBackoff = initialBackoff;
            return this;
        }

        /**
         * Builds the value.
         *
         * @throws IllegalArgumentException or {@link NullPointerException} naming the field that is missing or
         *     out of range
         */
        public WhisperApiSettings build() {
            return new WhisperApiSettings(
                    baseUrl, apiKey, model, language, prompt, timeout, maxRetries, initialBackoff);
        }
    }
}
