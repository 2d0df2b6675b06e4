package dev.mocksy.llm.gemini;

import dev.mocksy.http.okhttp.HttpLanguageModel;
import dev.mocksy.http.okhttp.HttpProviderBuilder;
import dev.mocksy.llm.LanguageModel;
import dev.mocksy.llm.gemini.internal.GenerateContent;
import dev.mocksy.llm.gemini.internal.GoogleErrorFormat;

/**
 * A {@link LanguageModel} over the Gemini API's {@code generateContent} and {@code streamGenerateContent?alt=sse}.
 *
 * <pre>{@code
 * LanguageModel model = GeminiLanguageModel.builder().apiKey(System.getenv("GEMINI_API_KEY")).build();
 * }</pre>
 *
 * <p>The key travels only in the {@code x-goog-api-key} header, never in the URL. Structured requests set
 * {@code responseMimeType: application/json} and a {@code responseSchema}; safety blocks and blocking finish reasons
 * become {@link dev.mocksy.ContentRefusedException}. Each call has one deadline (default 30 s,
 * {@link Builder#deadline}) covering its retries, including the waits Google's {@code RetryInfo} asks for; once Google
 * rejects a key, calls with it fail at once without being sent.
 */
public final class GeminiLanguageModel extends HttpLanguageModel {

    /** The provider id. */
    public static final String ID = "gemini";

    /**
     * The default model: Google's alias for its current stable Flash model, fast, cheap and good at structured output;
     * pin a version such as {@code gemini-2.5-flash} with {@link Builder#model} for reproducible runs.
     */
    public static final String DEFAULT_MODEL = "gemini-flash-latest";

    /** Google's Generative Language API. */
    public static final String DEFAULT_BASE_URL = "https://generativelanguage.googleapis.com/v1beta";

    /** The settings that may hold the key, first choice first: {@code GEMINI_API_KEY}, then {@code GOOGLE_API_KEY}. */
    static final String[] KEY_SETTINGS = {"gemini.api-key", "google.api-key"};

    static final String KEY_HELP = "set the environment variable GEMINI_API_KEY or GOOGLE_API_KEY (or the system"
            + " property gemini.api-key), or pass the key to GeminiLanguageModel.builder().apiKey(...) or per request"
            + " with ChatRequest.Builder.apiKey(...)";

    private GeminiLanguageModel(Builder b) {
        super(
                b.settings(),
                b.settings().errors(ID, KEY_HELP, GoogleErrorFormat.INSTANCE),
                new GenerateContent(ID, b.settings().baseUrl()));
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link GeminiLanguageModel}; only the key is needed, unless every request brings its own. */
    public static final class Builder extends HttpProviderBuilder<Builder> {

        private Builder() {
            super(DEFAULT_MODEL, DEFAULT_BASE_URL);
        }

        /** The model, e.g. {@code gemini-2.5-pro}: a bare name, as it goes into the request's path. */
        @Override
        public Builder model(String model) {
            if (model == null || model.isBlank() || model.contains("/") || model.contains(":")) {
                throw new IllegalArgumentException(
                        "model must be a bare model name such as gemini-2.5-flash, got '" + model + "'");
            }
            return super.model(model);
        }

        public GeminiLanguageModel build() {
            return new GeminiLanguageModel(this);
        }
    }
}
