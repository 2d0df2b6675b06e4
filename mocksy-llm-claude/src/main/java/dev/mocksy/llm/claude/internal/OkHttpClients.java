package dev.mocksy.llm.claude.internal;

import dev.mocksy.llm.Timeouts;
import okhttp3.OkHttpClient;

/** Builds okhttp clients with Mocksy's timeouts. Internal: not part of the API. */
public final class OkHttpClients {

    /** One connection pool and dispatcher shared by every model of this module, as okhttp recommends. */
    private static final OkHttpClient SHARED = new OkHttpClient();

    private OkHttpClients() {}

    /** A client sharing the pool of {@code base} (or the module's own) with the given timeouts. */
    public static OkHttpClient withTimeouts(OkHttpClient base, Timeouts timeouts) {
        return (base == null ? SHARED : base)
                .newBuilder()
                .connectTimeout(timeouts.connect())
                .readTimeout(timeouts.read())
                .writeTimeout(timeouts.read())
                .callTimeout(timeouts.total())
                .build();
    }
}
