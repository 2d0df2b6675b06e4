package dev.mocksy.http.okhttp;

import dev.mocksy.http.RetryPolicy;
import dev.mocksy.llm.ApiKey;
import dev.mocksy.llm.Timeouts;
import java.time.Clock;
import java.time.Duration;
import okhttp3.OkHttpClient;

/**
 * The setters every HTTP provider's builder shares, written once; a provider's builder extends this and adds its own.
 *
 * @param <B> the provider's builder, returned by every setter so calls chain
 */
public abstract class HttpProviderBuilder<B extends HttpProviderBuilder<B>> {

    private final HttpProviderSettings settings;

    /** Starts from the provider's default model and base URL. */
    protected HttpProviderBuilder(String defaultModel, String defaultBaseUrl) {
        this.settings = new HttpProviderSettings(defaultModel, defaultBaseUrl);
    }

    @SuppressWarnings("unchecked")
    private B self() {
        return (B) this;
    }

    /** The API key; leave unset when every request brings its own ({@code ChatRequest.Builder#apiKey}). */
    public B apiKey(String apiKey) {
        settings.apiKey(apiKey);
        return self();
    }

    public B apiKey(ApiKey apiKey) {
        settings.apiKey(apiKey);
        return self();
    }

    /** The model, e.g. {@code gpt-4.1}, {@code gemini-2.5-pro} or {@code claude-haiku-4-5}. */
    public B model(String model) {
        settings.model(model);
        return self();
    }

    /** The API's base URL including the version, e.g. a proxy's or an OpenAI-compatible server's. */
    public B baseUrl(String baseUrl) {
        settings.baseUrl(baseUrl);
        return self();
    }

    /**
     * Connect, read and total timeouts; the total is the deadline of one whole call, every retry and wait included
     * (default {@link Timeouts#DEFAULT}: 30 s).
     */
    public B timeouts(Timeouts timeouts) {
        settings.timeouts(timeouts);
        return self();
    }

    /**
     * The deadline of one whole call, every retry and wait included (default 30 s): a provider that stalls or keeps
     * failing makes the call fail with a {@link dev.mocksy.ProviderTimeoutException} once it passes.
     */
    public B deadline(Duration deadline) {
        settings.deadline(deadline);
        return self();
    }

    public B retryPolicy(RetryPolicy retryPolicy) {
        settings.retryPolicy(retryPolicy);
        return self();
    }

    /** An okhttp client whose pool and dispatcher to share; timeouts are still taken from {@link #timeouts}. */
    public B httpClient(OkHttpClient httpClient) {
        settings.httpClient(httpClient);
        return self();
    }

    /** The clock {@code Retry-After} dates are measured from. */
    public B clock(Clock clock) {
        settings.clock(clock);
        return self();
    }

    /** What was set, for the provider's constructor. */
    public HttpProviderSettings settings() {
        return settings;
    }
}
