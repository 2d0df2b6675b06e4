package dev.mocksy.http.okhttp;

import dev.mocksy.http.ProviderErrors;
import dev.mocksy.llm.ApiKey;
import dev.mocksy.llm.Cancellation;
import dev.mocksy.llm.ChatRequest;
import dev.mocksy.llm.ChatResponse;
import dev.mocksy.llm.LanguageModel;
import dev.mocksy.llm.StreamListener;
import java.util.Objects;
import okhttp3.HttpUrl;

/**
 * A {@link LanguageModel} over an HTTP API, written once for every vendor: a subclass supplies its {@link ChatWire}.
 *
 * <p>Each call picks its key (the request's own, else the configured one) and model, then sends through
 * {@link HttpCalls}: one deadline per call covering every retry, no call at all with a key the provider rejected
 * before, and no secret in any failure. Thread-safe.
 *
 * <p>Support for Mocksy's HTTP provider modules, not meant for applications: it may change between releases.
 */
public abstract class HttpLanguageModel implements LanguageModel {

    private final String provider;
    private final ApiKey apiKey;
    private final String model;
    private final HttpUrl baseUrl;
    private final ChatWire wire;
    private final HttpCalls http;

    /**
     * @param settings the builder's settings
     * @param errors the vendor's error mapping, from {@link HttpProviderSettings#errors}
     * @param wire the vendor's wire format
     */
    protected HttpLanguageModel(HttpProviderSettings settings, ProviderErrors errors, ChatWire wire) {
        this.provider = errors.provider();
        this.apiKey = settings.apiKey();
        this.model = settings.model();
        this.baseUrl = settings.baseUrl();
        this.wire = Objects.requireNonNull(wire, "wire");
        this.http = settings.calls(errors);
    }

    @Override
    public final ChatResponse chat(ChatRequest request) {
        Objects.requireNonNull(request, "request");
        ApiKey key = http.errors().requireKey(request.apiKey(), apiKey);
        String chosen = modelFor(request);
        return http.send(wire.request(request, chosen, key, false), chosen, key, body -> wire.parse(body, chosen));
    }

    @Override
    public final ChatResponse stream(ChatRequest request, StreamListener listener, Cancellation cancellation) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(listener, "listener");
        Objects.requireNonNull(cancellation, "cancellation");
        ApiKey key = http.errors().requireKey(request.apiKey(), apiKey);
        String chosen = modelFor(request);
        return http.stream(
                wire.request(request, chosen, key, true),
                chosen,
                key,
                cancellation,
                () -> wire.accumulator(listener, chosen, json -> http.errors().fromStreamError(json, chosen, key)));
    }

    @Override
    public final String name() {
        return provider + "/" + model;
    }

    /** The configured model. */
    public final String model() {
        return model;
    }

    private String modelFor(ChatRequest request) {
        return request.model() != null ? request.model() : model;
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + model + " at " + baseUrl + (apiKey == null ? ", no key" : ", key set")
                + "]";
    }
}
