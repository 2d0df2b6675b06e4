package dev.mocksy.llm.claude;

import dev.mocksy.http.ProviderErrors;
import dev.mocksy.http.okhttp.HttpCalls;
import dev.mocksy.http.okhttp.HttpProviderBuilder;
import dev.mocksy.llm.ApiKey;
import dev.mocksy.llm.Cancellation;
import dev.mocksy.llm.ChatRequest;
import dev.mocksy.llm.ChatResponse;
import dev.mocksy.llm.LanguageModel;
import dev.mocksy.llm.StreamListener;
import dev.mocksy.llm.claude.internal.Messages;
import java.util.Objects;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;

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
 * {@code error} events.
 */
public final class ClaudeLanguageModel implements LanguageModel {

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

    static final String KEY_HELP = "set the environment variable ANTHROPIC_API_KEY (or the system property"
            + " anthropic.api-key), or pass the key to ClaudeLanguageModel.builder().apiKey(...) or per request with"
            + " ChatRequest.Builder.apiKey(...)";

    private static final MediaType JSON = MediaType.get("application/json");

    private final ApiKey apiKey;
    private final String model;
    private final HttpUrl messagesUrl;
    private final Messages wire;
    private final ProviderErrors errors;
    private final HttpCalls http;

    private ClaudeLanguageModel(Builder b) {
        this.apiKey = b.settings().apiKey();
        this.model = b.settings().model();
        this.messagesUrl = b.settings().baseUrl().resolve("messages");
        this.wire = new Messages(ID, b.defaultMaxTokens);
        this.errors = b.settings().errors(ID, KEY_HELP);
        this.http = b.settings().calls(errors);
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public ChatResponse chat(ChatRequest request) {
        ApiKey key = errors.requireKey(request.apiKey(), apiKey);
        String chosen = request.model() != null ? request.model() : model;
        byte[] body = http.send(post(wire.requestBody(request, chosen, false), key), chosen, key);
        return wire.parse(body, chosen);
    }

    @Override
    public ChatResponse stream(ChatRequest request, StreamListener listener, Cancellation cancellation) {
        Objects.requireNonNull(listener, "listener");
        Objects.requireNonNull(cancellation, "cancellation");
        ApiKey key = errors.requireKey(request.apiKey(), apiKey);
        String chosen = request.model() != null ? request.model() : model;
        Request call = post(wire.requestBody(request, chosen, true), key);
        return http.stream(call, chosen, key, cancellation, () -> wire.accumulator(listener, chosen, errors, key));
    }

    @Override
    public String name() {
        return ID + "/" + model;
    }

    /** The configured model. */
    public String model() {
        return model;
    }

    @Override
    public String toString() {
        return "ClaudeLanguageModel[" + model + " at " + messagesUrl + (apiKey == null ? ", no key" : ", key set")
                + "]";
    }

    private Request post(byte[] body, ApiKey key) {
        return new Request.Builder()
                .url(messagesUrl)
                .header("x-api-key", key.reveal())
                .header("anthropic-version", API_VERSION)
                .post(RequestBody.create(body, JSON))
                .build();
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
