package dev.mocksy.llm.claude;

import dev.mocksy.http.okhttp.HttpLanguageModel;
import dev.mocksy.http.okhttp.HttpProviderBuilder;
import dev.mocksy.llm.LanguageModel;
import dev.mocksy.llm.claude.internal.AnthropicErrorFormat;
import dev.mocksy.llm.claude.internal.Messages;

/**
 * A {@link LanguageModel} over Anthropic's Messages API.
 *
 * <pre>{@code
 * LanguageModel model = ClaudeLanguageModel.builder().apiKey(System.getenv("ANTHROPIC_API_KEY")).build();
 * }</pre>
 *
 * <p>The key travels only in the {@code x-api-key} header, with {@code anthropic-version}. Structured requests force a
 * tool whose {@code input_schema} is the schema; streams read {@code message_start}, {@code content_block_delta}
 * ({@code text_delta} and {@code input_json_delta}), {@code message_delta}, {@code message_stop}, {@code ping} and
 * {@code error} events. Each call has one deadline (default 30 s, {@link Builder#deadline}) covering its retries
 * (of 429, 5xx and 529 {@code overloaded_error}); once Anthropic rejects a key, calls with it fail at once without being
 * sent.
 */
public final class ClaudeLanguageModel extends HttpLanguageModel {

    /** The provider id. */
    public static final String ID = "claude";

    /** The default model: Claude Sonnet 4.6, balanced between quality and speed for interviewing. */
    public static final String DEFAULT_MODEL = "claude-sonnet-4-6";

    /** Anthropic's API. */
    public static final String DEFAULT_BASE_URL = "https://api.anthropic.com/v1";

    /** The API version this module speaks. */
    public static final String API_VERSION = "2023-06-01";

    /** {@code max_tokens} when a request sets none (the Messages API requires one). */
    public static final int DEFAULT_MAX_TOKENS = 4096;

    /** The setting that holds the key; its environment variable is {@code ANTHROPIC_API_KEY}. */
    static final String KEY_SETTING = "anthropic.api-key";

    static final String KEY_HELP = "set the environment variable ANTHROPIC_API_KEY (or the system property"
            + " anthropic.api-key), or pass the key to ClaudeLanguageModel.builder().apiKey(...) or per request with"
            + " ChatRequest.Builder.apiKey(...)";

    private ClaudeLanguageModel(Builder b) {
        super(
                b.settings(),
                b.settings().errors(ID, KEY_HELP, AnthropicErrorFormat.INSTANCE),
                new Messages(ID, b.settings().baseUrl(), API_VERSION, b.defaultMaxTokens));
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link ClaudeLanguageModel}; only the key is needed, unless every request brings its own. */
    public static final class Builder extends HttpProviderBuilder<Builder> {
        private int defaultMaxTokens = DEFAULT_MAX_TOKENS;

        private Builder() {
            super(DEFAULT_MODEL, DEFAULT_BASE_URL);
        }

        /** {@code max_tokens} for requests that set no maximum. */
        public Builder defaultMaxTokens(int defaultMaxTokens) {
            if (defaultMaxTokens < 1) {
                throw new IllegalArgumentException("defaultMaxTokens must be positive, got " + defaultMaxTokens);
            }
            this.defaultMaxTokens = defaultMaxTokens;
            return this;
        }

        public ClaudeLanguageModel build() {
            return new ClaudeLanguageModel(this);
        }
    }
}
