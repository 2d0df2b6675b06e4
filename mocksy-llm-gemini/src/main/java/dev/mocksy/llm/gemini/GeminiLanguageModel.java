package dev.mocksy.llm.gemini;

import dev.mocksy.http.ProviderErrors;
import dev.mocksy.http.okhttp.HttpCalls;
import dev.mocksy.http.okhttp.HttpProviderBuilder;
import dev.mocksy.llm.ApiKey;
import dev.mocksy.llm.Cancellation;
import dev.mocksy.llm.ChatRequest;
import dev.mocksy.llm.ChatResponse;
import dev.mocksy.llm.LanguageModel;
import dev.mocksy.llm.StreamListener;
import dev.mocksy.llm.gemini.internal.GenerateContent;
import java.util.Objects;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;

/**
 * A {@link LanguageModel} over the Gemini API's {@code generateContent} and {@code streamGenerateContent?alt=sse}.
 *
 * <pre>{@code
 * LanguageModel model = GeminiLanguageModel.builder().apiKey(System.getenv("GEMINI_API_KEY")).build();
 * }</pre>
 *
 * <p>The key travels only in the {@code x-goog-api-key} header, never in the URL. Structured requests set
 * {@code responseMimeType: application/json} and a {@code responseSchema}; safety blocks and blocking finish reasons
 * become {@link dev.mocksy.ContentRefusedException}.
 */
public final class GeminiLanguageModel implements LanguageModel {

    /** The provider id. */
    public static final String ID = "gemini";

    /**
     * The default model: Google's alias for its current stable Flash model, fast, cheap and good at structured output;
     * pin a version such as {@code gemini-2.5-flash} with {@link Builder#model} for reproducible runs.
     */
    public static final String DEFAULT_MODEL = "gemini-flash-latest";

    /** Google's Generative Language API. */
    public static final String DEFAULT_BASE_URL = "https://generativelanguage.googleapis.com/v1beta";

    static final String KEY_HELP = "set the environment variable GEMINI_API_KEY or GOOGLE_API_KEY (or the system"
            + " property gemini.api-key), or pass the key to GeminiLanguageModel.builder().apiKey(...) or per request"
            + " with ChatRequest.Builder.apiKey(...)";

    private static final MediaType JSON = MediaType.get("application/json");

    private final ApiKey apiKey;
    private final String model;
    private final HttpUrl baseUrl;
    private final GenerateContent wire;
    private final ProviderErrors errors;
    private final HttpCalls http;

    private GeminiLanguageModel(Builder b) {
        this.apiKey = b.settings().apiKey();
        this.model = b.settings().model();
        this.baseUrl = b.settings().baseUrl();
        this.wire = new GenerateContent(ID);
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
        HttpUrl url = baseUrl.resolve("models/" + chosen + ":generateContent");
        byte[] body = http.send(post(url, wire.requestBody(request), key), chosen, key);
        return wire.parse(body, chosen);
    }

    @Override
    public ChatResponse stream(ChatRequest request, StreamListener listener, Cancellation cancellation) {
        Objects.requireNonNull(listener, "listener");
        Objects.requireNonNull(cancellation, "cancellation");
        ApiKey key = errors.requireKey(request.apiKey(), apiKey);
        String chosen = request.model() != null ? request.model() : model;
        HttpUrl url = baseUrl.resolve("models/" + chosen + ":streamGenerateContent")
                .newBuilder()
                .addQueryParameter("alt", "sse")
                .build();
        Request call = post(url, wire.requestBody(request), key);
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
        return "GeminiLanguageModel[" + model + " at " + baseUrl + (apiKey == null ? ", no key" : ", key set") + "]";
    }

    private static Request post(HttpUrl url, byte[] body, ApiKey key) {
        return new Request.Builder()
                .url(url)
                .header("x-goog-api-key", key.reveal())
                .post(RequestBody.create(body, JSON))
                .build();
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
