package dev.mocksy.http.okhttp;

import dev.mocksy.AuthenticationException;
import dev.mocksy.ProviderException;
import dev.mocksy.ProviderUnavailableException;
import dev.mocksy.StreamInterruptedException;
import dev.mocksy.http.Deadline;
import dev.mocksy.http.ProviderErrors;
import dev.mocksy.http.RejectedKeys;
import dev.mocksy.http.RetryPolicy;
import dev.mocksy.llm.ApiKey;
import dev.mocksy.llm.Cancellation;
import dev.mocksy.llm.ChatResponse;
import dev.mocksy.llm.Timeouts;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import okhttp3.Call;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends requests with okhttp under the shared retry policy and error mapping, within one deadline per call.
 *
 * <ul>
 *   <li>Each call has one {@link Deadline} (the {@link Timeouts#total()}): every attempt gets what is left of it as its
 *       okhttp call timeout, and the retry policy starts no wait that would end after it.
 *   <li>A key the provider rejected is remembered ({@link RejectedKeys}): later calls with it fail at once with an
 *       {@link AuthenticationException} and send nothing; the first rejection is logged as a warning.
 *   <li>Every failure that leaves is passed through {@link ProviderErrors#scrub}, so no message quotes the key.
 * </ul>
 *
 * <p>Support for Mocksy's HTTP provider modules, not meant for applications: it may change between releases.
 */
public final class HttpCalls {

    private static final Logger log = LoggerFactory.getLogger(HttpCalls.class);

    /** What an attempt gets when the deadline is as good as gone: it then fails at once as a timeout. */
    private static final Duration LEAST_ATTEMPT = Duration.ofMillis(1);

    private final OkHttpClient client;
    private final Duration deadline;
    private final ProviderErrors errors;
    private final RetryPolicy retry;
    private final RejectedKeys rejected = new RejectedKeys();

    /**
     * @param client the client to send with; its own call timeout is replaced per attempt
     * @param deadline how long one call may take, every attempt and wait included
     */
    public HttpCalls(OkHttpClient client, Duration deadline, ProviderErrors errors, RetryPolicy retry) {
        this.client = Objects.requireNonNull(client, "client");
        this.deadline = Objects.requireNonNull(deadline, "deadline");
        this.errors = Objects.requireNonNull(errors, "errors");
        this.retry = Objects.requireNonNull(retry, "retry");
        if (deadline.isZero() || deadline.isNegative()) {
            throw new IllegalArgumentException("deadline must be positive, got " + deadline);
        }
    }

    /**
     * Calls over a client sharing the pool of {@code base} (or the shared one when {@code null}) with the given
     * timeouts, {@link Timeouts#total()} being each call's deadline: how a provider turns its builder's settings into
     * calls.
     */
    public static HttpCalls withTimeouts(
            OkHttpClient base, Timeouts timeouts, ProviderErrors errors, RetryPolicy retry) {
        return new HttpCalls(OkHttpClients.withTimeouts(base, timeouts), timeouts.total(), errors, retry);
    }

    /** The error mapping the calls use. */
    public ProviderErrors errors() {
        return errors;
    }

    /**
     * Sends the request, retrying transient failures within the deadline, and reads the successful response's body.
     *
     * @param model the model the request names, for "not found" messages
     * @param key the key the request carries, {@code null} for none; refused at once if the provider rejected it before
     * @param read turns the body into the result; its failures are scrubbed of secrets like every other
     */
    public <T> T send(Request request, String model, ApiKey key, Function<byte[], T> read) {
        refuseIfRejected(key);
        Deadline callDeadline = Deadline.after(deadline);
        try {
            byte[] body =
                    retry.execute(errors.provider(), callDeadline, () -> attempt(request, model, key, callDeadline));
            return read.apply(body);
        } catch (ProviderException failure) {
            throw settle(failure, key);
        }
    }

    /**
     * Opens a server-sent-events stream (sending {@code Accept: text/event-stream}) and feeds it to a fresh accumulator
     * per attempt, all within one deadline. Retries only while nothing has reached the caller; a stream that breaks off
     * later is a {@link StreamInterruptedException}.
     */
    public ChatResponse stream(
            Request request,
            String model,
            ApiKey key,
            Cancellation cancellation,
            Supplier<StreamAccumulator> accumulators) {
        refuseIfRejected(key);
        Request events =
                request.newBuilder().header("Accept", "text/event-stream").build();
        Deadline callDeadline = Deadline.after(deadline);
        try {
            return retry.execute(
                    errors.provider(),
                    callDeadline,
                    () -> streamAttempt(events, model, key, cancellation, accumulators.get(), callDeadline));
        } catch (ProviderException failure) {
            throw settle(failure, key);
        }
    }

    private byte[] attempt(Request request, String model, ApiKey key, Deadline callDeadline) {
        try (Response response = newCall(request, callDeadline).execute()) {
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
    }

    private ChatResponse streamAttempt(
            Request events,
            String model,
            ApiKey key,
            Cancellation cancellation,
            StreamAccumulator accumulator,
            Deadline callDeadline) {
        if (cancellation.isCancelled()) {
            return accumulator.cancelled();
        }
        Call call = newCall(events, callDeadline);
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
    }

    /** A call whose timeout is what is left of the deadline, so that no attempt outlives it. */
    private Call newCall(Request request, Deadline callDeadline) {
        Call call = client.newCall(request);
        Duration left = callDeadline.remaining();
        call.timeout().timeout(Math.max(left.toNanos(), LEAST_ATTEMPT.toNanos()), TimeUnit.NANOSECONDS);
        return call;
    }

    private void refuseIfRejected(ApiKey key) {
        var status = rejected.statusOf(key);
        if (status.isPresent()) {
            throw errors.rejectedBefore(key, status.getAsInt());
        }
    }

    /** The failure as the caller sees it: free of secrets, and a rejected key remembered so it is not sent again. */
    private ProviderException settle(ProviderException failure, ApiKey key) {
        ProviderException clean = errors.scrub(failure, key);
        if (clean instanceof AuthenticationException rejection) {
            rejected.remember(key, rejection.status());
            log.warn("{} (calls with this key are no longer sent)", errors.redact(rejection.getMessage(), key));
        }
        return clean;
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

    @Override
    public String toString() {
        return "HttpCalls[" + errors.provider() + ", deadline " + Deadline.describe(deadline) + ", " + retry + "]";
    }
}
