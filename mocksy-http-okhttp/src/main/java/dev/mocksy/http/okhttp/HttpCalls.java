package dev.mocksy.http.okhttp;

import dev.mocksy.ProviderException;
import dev.mocksy.ProviderUnavailableException;
import dev.mocksy.StreamInterruptedException;
import dev.mocksy.http.ProviderErrors;
import dev.mocksy.http.RetryPolicy;
import dev.mocksy.http.ServerSentEvents;
import dev.mocksy.http.StreamAccumulator;
import dev.mocksy.llm.ApiKey;
import dev.mocksy.llm.Cancellation;
import dev.mocksy.llm.ChatResponse;
import dev.mocksy.llm.Timeouts;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.function.Supplier;
import okhttp3.Call;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Sends requests with okhttp under the shared retry policy and error mapping.
 *
 * <p>Support for Mocksy's HTTP provider modules, not meant for applications: it may change between releases.
 */
public final class HttpCalls {

    private final OkHttpClient client;
    private final ProviderErrors errors;
    private final RetryPolicy retry;

    public HttpCalls(OkHttpClient client, ProviderErrors errors, RetryPolicy retry) {
        this.client = Objects.requireNonNull(client, "client");
        this.errors = Objects.requireNonNull(errors, "errors");
        this.retry = Objects.requireNonNull(retry, "retry");
    }

    /**
     * Calls over a client sharing the pool of {@code base} (or the shared one when {@code null}) with the given
     * timeouts: how a provider turns its builder's settings into calls.
     */
    public static HttpCalls withTimeouts(
            OkHttpClient base, Timeouts timeouts, ProviderErrors errors, RetryPolicy retry) {
        return new HttpCalls(OkHttpClients.withTimeouts(base, timeouts), errors, retry);
    }

    /** Sends the request and returns the successful response's body, retrying transient failures. */
    public byte[] send(Request request, String model, ApiKey key) {
        return retry.execute(errors.provider(), () -> {
            try (Response response = client.newCall(request).execute()) {
                ResponseBody body = response.body();
                byte[] bytes = body == null ? new byte[0] : body.bytes();
                if (!response.isSuccessful()) {
                    throw errors.fromResponse(
                            response.code(), response::header, new String(bytes, StandardCharsets.UTF_8), model, key);
                }
                return bytes;
            } catch (IOException e) {
                throw errors.fromIo(e, key);
            }
        });
    }

    /**
     * Opens a server-sent-events stream (sending {@code Accept: text/event-stream}) and feeds it to a fresh accumulator
     * per attempt. Retries only while nothing has reached the caller; a stream that breaks off later is a
     * {@link StreamInterruptedException}.
     */
    public ChatResponse stream(
            Request request,
            String model,
            ApiKey key,
            Cancellation cancellation,
            Supplier<StreamAccumulator> accumulators) {
        Request events =
                request.newBuilder().header("Accept", "text/event-stream").build();
        return retry.execute(errors.provider(), () -> {
            StreamAccumulator accumulator = accumulators.get();
            if (cancellation.isCancelled()) {
                return accumulator.cancelled();
            }
            Call call = client.newCall(events);
            cancellation.onCancel(call::cancel);
            try (Response response = call.execute()) {
                ResponseBody body = response.body();
                if (!response.isSuccessful()) {
                    String text = body == null ? "" : body.string();
                    throw errors.fromResponse(response.code(), response::header, text, model, key);
                }
                if (body == null) {
                    throw new ProviderUnavailableException(
                            errors.provider(), response.code(), "the stream had no body", null);
                }
                ServerSentEvents.read(
                        body.byteStream(),
                        (event, data) -> accumulator.onEvent(event, data) && !cancellation.isCancelled());
                if (cancellation.isCancelled()) {
                    call.cancel();
                    return accumulator.cancelled();
                }
                if (!accumulator.isComplete()) {
                    throw interrupted(accumulator, "the stream ended before the reply was complete", null);
                }
                return accumulator.response();
            } catch (IOException e) {
                if (cancellation.isCancelled()) {
                    return accumulator.cancelled();
                }
                ProviderException mapped = errors.fromIo(e, key);
                if (accumulator.delivered()) {
                    throw interrupted(accumulator, "the stream broke off: " + mapped.getMessage(), mapped);
                }
                throw mapped;
            } catch (ProviderException e) {
                if (accumulator.delivered() && !(e instanceof StreamInterruptedException)) {
                    throw interrupted(accumulator, "the stream failed: " + e.getMessage(), e);
                }
                throw e;
            }
        });
    }

    private ProviderException interrupted(StreamAccumulator accumulator, String message, Throwable cause) {
        if (!accumulator.delivered()) {
            return new ProviderUnavailableException(errors.provider(), 0, message + " (nothing was received)", null);
        }
        return new StreamInterruptedException(
                errors.provider(),
                message + " after " + accumulator.text().length() + " characters",
                accumulator.text(),
                cause);
    }
}
