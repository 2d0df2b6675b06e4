package dev.mocksy.http.okhttp;

import dev.mocksy.llm.Timeouts;
import java.time.Duration;
import okhttp3.OkHttpClient;

/**
 * Builds okhttp clients with Mocksy's timeouts.
 *
 * <p>Support for Mocksy's HTTP provider modules, not meant for applications: it may change between releases.
 */
public final class OkHttpClients {

    /** One connection pool and dispatcher for every provider that brings no client of its own, as okhttp advises. */
    private static final OkHttpClient SHARED = new OkHttpClient();

    private OkHttpClients() {}

    /**
     * A client sharing the pool of {@code base} (or the shared one) with the given connect and read timeouts. It sets
     * no call timeout: {@link HttpCalls} gives each attempt what is left of the call's deadline.
     */
    public static OkHttpClient withTimeouts(OkHttpClient base, Timeouts timeouts) {
        return (base == null ? SHARED : base)
                .newBuilder()
                .connectTimeout(timeouts.connect())
                .readTimeout(timeouts.read())
                .writeTimeout(timeouts.read())
                .callTimeout(Duration.ZERO)
                .build();
    }
}
