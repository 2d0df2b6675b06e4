package dev.mocksy.llm.openai;

import dev.mocksy.http.ProviderErrors;
import dev.mocksy.http.okhttp.HttpCalls;
import dev.mocksy.http.okhttp.HttpProviderBuilder;
import dev.mocksy.llm.ApiKey;
import dev.mocksy.llm.Cancellation;
import dev.mocksy.llm.ChatRequest;
import dev.mocksy.llm.ChatResponse;
import dev.mocksy.llm.LanguageModel;
import dev.mocksy.llm.StreamListener;
import dev.mocksy.llm.openai.internal.ChatCompletions;
import java.util.Objects;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;

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
 * {@code json_schema} with {@code strict: true}; streams ask for usage with {@code stream_options}.
 */
public final class OpenAiLanguageModel implements LanguageModel {

    /** The provider id. */
    public static final String ID = "openai";

    /** The default model: fast, cheap, and supports strict structured output. */
    public static final String DEFAULT_MODEL = "gpt-4.1-mini";

    /** OpenAI's own API. */
    public static final String DEFAULT_BASE_URL = "https://api.openai.com/v1";

    static final String KEY_HELP =
            "set the environment variable OPENAI_API_KEY (or the system property openai.api-key), or pass the key to"
                    + " OpenAiLanguageModel.builder().apiKey(...) or per request with ChatRequest.Builder.apiKey(...)";

    private static final MediaType JSON = MediaType.get("application/json");
    private static final String AUTHORIZATION = "Authorization";

    private final ApiKey apiKey;
    private final String model;
    private final HttpUrl chatUrl;
    private final String organization;
    private final String keyHeader;
    private final ChatCompletions wire;
    private final ProviderErrors errors;
    private final HttpCalls http;

    private OpenAiLanguageModel(Builder b) {
        this.apiKey = b.settings().apiKey();
        this.model = b.settings().model();
        this.chatUrl = b.settings().baseUrl().resolve("chat/completions");
        this.organization = b.organization;
        this.keyHeader = b.keyHeader;
        this.wire = new ChatCompletions(ID, b.legacyMaxTokens);
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
        return "OpenAiLanguageModel[" + model + " at " + chatUrl + (apiKey == null ? ", no key" : ", key set") + "]";
    }

    private Request post(byte[] body, ApiKey key) {
        Request.Builder builder = new Request.Builder()
                .url(chatUrl)
                .header(keyHeader, keyHeader.equals(AUTHORIZATION) ? "Bearer " + key.reveal() : key.reveal())
                .post(RequestBody.create(body, JSON));
        if (organization != null) {
            builder.header("OpenAI-Organization", organization);
        }
        return builder.build();
    }

    /** Builds an {@link OpenAiLanguageModel}; only the key is needed, unless every request brings its own. */
    public static final class Builder extends HttpProviderBuilder<Builder> {
        private String organization;
        private String keyHeader = AUTHORIZATION;
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
            this.keyHeader = header.equalsIgnoreCase(AUTHORIZATION) ? AUTHORIZATION : header;
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
