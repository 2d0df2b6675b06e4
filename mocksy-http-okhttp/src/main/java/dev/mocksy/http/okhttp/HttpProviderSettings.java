package dev.mocksy.http.okhttp;

import dev.mocksy.http.ErrorFormat;
import dev.mocksy.http.ProviderErrors;
import dev.mocksy.http.RetryPolicy;
import dev.mocksy.llm.ApiKey;
import dev.mocksy.llm.Timeouts;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * The settings every HTTP provider's builder has (key, model, base URL, timeouts, retry policy, okhttp client, clock),
 * validated once here so that each builder's public setters only delegate.
 *
 * <p>Support for Mocksy's HTTP provider modules, not meant for applications: it may change between releases.
 */
public final class HttpProviderSettings {

    private ApiKey apiKey;
    private String model;
    private HttpUrl baseUrl;
    private Timeouts timeouts = Timeouts.DEFAULT;
    private RetryPolicy retryPolicy = RetryPolicy.defaults();
    private OkHttpClient httpClient;
    private Clock clock = Clock.systemUTC();

    /** Starts from the provider's default model and base URL, no key, and the shared timeouts and retry policy. */
    public HttpProviderSettings(String defaultModel, String defaultBaseUrl) {
        model(defaultModel);
        baseUrl(defaultBaseUrl);
    }

    /** Sets the key from its text; {@link ApiKey#of} rejects a blank one. */
    public void apiKey(String apiKey) {
        this.apiKey = ApiKey.of(apiKey);
    }

    public void apiKey(ApiKey apiKey) {
        this.apiKey = Objects.requireNonNull(apiKey, "apiKey");
    }

    /** Sets the model, stripped of surrounding blanks. */
    public void model(String model) {
        if (model == null || model.isBlank()) {
            throw new IllegalArgumentException("model must not be blank");
        }
        this.model = model.strip();
    }

    /** Sets the base URL that endpoint paths are resolved against. */
    public void baseUrl(String baseUrl) {
        this.baseUrl = BaseUrls.directory(baseUrl);
    }

    public void timeouts(Timeouts timeouts) {
        this.timeouts = Objects.requireNonNull(timeouts, "timeouts");
    }

    /** Sets the deadline of one whole call, retries included; connect and read timeouts are shortened to fit. */
    public void deadline(Duration deadline) {
        this.timeouts = timeouts.withTotal(Objects.requireNonNull(deadline, "deadline"));
    }

    public void retryPolicy(RetryPolicy retryPolicy) {
        this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
    }

    public void httpClient(OkHttpClient httpClient) {
        this.httpClient = Objects.requireNonNull(httpClient, "httpClient");
    }

    public void clock(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The key, or {@code null} when none was set. */
    public ApiKey apiKey() {
        return apiKey;
    }

    public String model() {
        return model;
    }

    public HttpUrl baseUrl() {
        return baseUrl;
    }

    public Timeouts timeouts() {
        return timeouts;
    }

    /**
     * The provider's error mapping, reading bodies in the vendor's {@code format} and measuring {@code Retry-After}
     * dates from the configured clock.
     */
    public ProviderErrors errors(String provider, String keyHelp, ErrorFormat format) {
        return new ProviderErrors(provider, keyHelp, format, clock);
    }

    /** Calls with the configured client, timeouts (the total being each call's deadline) and retry policy. */
    public HttpCalls calls(ProviderErrors errors) {
        return HttpCalls.withTimeouts(httpClient, timeouts, errors, retryPolicy);
    }
}
