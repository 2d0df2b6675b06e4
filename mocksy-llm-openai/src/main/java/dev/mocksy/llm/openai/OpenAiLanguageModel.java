package dev.mocksy.llm.openai;

import dev.mocksy.http.okhttp.HttpLanguageModel;
import dev.mocksy.http.okhttp.HttpProviderBuilder;
import dev.mocksy.llm.LanguageModel;
import dev.mocksy.llm.openai.internal.ChatCompletions;
import dev.mocksy.llm.openai.internal.OpenAiErrorFormat;

/**
 * A {@link LanguageModel} over OpenAI's Chat Completions API, or any OpenAI-compatible server (Azure OpenAI, Ollama,
 * vLLM, LM Studio, Groq, OpenRouter) through {@link Builder#baseUrl}.
 *
 * <pre>{@code
 * LanguageModel model = OpenAiLanguageModel.builder()
 *         .apiKey(System.getenv("OPENAI_API_KEY"))
 *         .model("gpt-4.1-mini")
 *         .build();
 * }</pre>
 *
 * <p>The key travels only in the {@code Authorization} header. Structured requests use {@code response_format}
 * {@code json_schema} with {@code strict: true}; streams ask for usage with {@code stream_options}. Each call has one
 * deadline (default 30 s, {@link Builder#deadline}) covering its retries; once OpenAI rejects a key, calls with it
 * fail at once without being sent.
 */
public final class OpenAiLanguageModel extends HttpLanguageModel {

    /** The provider id. */
    public static final String ID = "openai";

    /** The default model: fast, cheap, and supports strict structured output. */
    public static final String DEFAULT_MODEL = "gpt-4.1-mini";

    /** OpenAI's own API. */
    public static final String DEFAULT_BASE_URL = "https://api.openai.com/v1";

    /** The setting that holds the key; its environment variable is {@code OPENAI_API_KEY}. */
    static final String KEY_SETTING = "openai.api-key";

    static final String KEY_HELP =
            "set the environment variable OPENAI_API_KEY (or the system property openai.api-key), or pass the key to"
                    + " OpenAiLanguageModel.builder().apiKey(...) or per request with ChatRequest.Builder.apiKey(...)";

    private OpenAiLanguageModel(Builder b) {
        super(
                b.settings(),
                b.settings().errors(ID, KEY_HELP, OpenAiErrorFormat.INSTANCE),
                new ChatCompletions(ID, b.settings().baseUrl(), b.keyHeader, b.organization, b.legacyMaxTokens));
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link OpenAiLanguageModel}; only the key is needed, unless every request brings its own. */
    public static final class Builder extends HttpProviderBuilder<Builder> {
        private String organization;
        private String keyHeader = ChatCompletions.AUTHORIZATION;
        private boolean legacyMaxTokens;

        private Builder() {
            super(DEFAULT_MODEL, DEFAULT_BASE_URL);
        }

        /** Sent as {@code OpenAI-Organization}, for keys that belong to several organizations. */
        public Builder organization(String organization) {
            this.organization = organization;
            return this;
        }

        /**
         * Sends the key in this header as it is, instead of {@code Authorization: Bearer <key>}: {@code api-key} for
         * Azure OpenAI keys.
         */
        public Builder apiKeyHeader(String header) {
            if (header == null || !header.matches("[A-Za-z0-9-]+")) {
                throw new IllegalArgumentException("apiKeyHeader must be an HTTP header name, got '" + header + "'");
            }
            this.keyHeader =
                    header.equalsIgnoreCase(ChatCompletions.AUTHORIZATION) ? ChatCompletions.AUTHORIZATION : header;
            return this;
        }

        /** Sends {@code max_tokens} instead of {@code max_completion_tokens}, for older compatible servers. */
        public Builder legacyMaxTokens(boolean legacyMaxTokens) {
            this.legacyMaxTokens = legacyMaxTokens;
            return this;
        }

        public OpenAiLanguageModel build() {
            return new OpenAiLanguageModel(this);
        }
    }
}
