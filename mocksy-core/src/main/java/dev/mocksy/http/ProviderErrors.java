package dev.mocksy.http;

import dev.mocksy.AuthenticationException;
import dev.mocksy.ContentRefusedException;
import dev.mocksy.InvalidRequestException;
import dev.mocksy.ModelNotFoundException;
import dev.mocksy.ProviderException;
import dev.mocksy.ProviderTimeoutException;
import dev.mocksy.ProviderUnavailableException;
import dev.mocksy.QuotaExhaustedException;
import dev.mocksy.RateLimitException;
import dev.mocksy.llm.ApiKey;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * Turns an HTTP failure into the typed {@link ProviderException} callers can act on: the one status-to-exception
 * mapper of every HTTP provider. It knows no vendor: the vendor's {@link ErrorFormat} reads the error body into a
 * {@link FailureKind}, a message and a wait, and the HTTP status decides whatever the body does not.
 *
 * <p>Every message passes through {@link Secrets#redact} (the call's key, {@code Bearer} tokens and the vendor's key
 * shapes) before it reaches an exception; authentication failures never quote the provider at all, since some echo part
 * of the key. They name where the key came from ({@link ApiKey#source()}) and how to set it, never the key.
 */
public final class ProviderErrors {

    private static final int MAX_QUOTED = 300;

    private final String provider;
    private final String keyHelp;
    private final ErrorFormat format;
    private final Clock clock;

    /**
     * @param provider the provider's id, e.g. {@code "openai"}
     * @param keyHelp how the user sets the key, e.g. "set OPENAI_API_KEY (or -Dopenai.api-key)"
     * @param format how the vendor writes its error bodies and keys
     * @param clock the clock {@code Retry-After} dates are measured from
     */
    public ProviderErrors(String provider, String keyHelp, ErrorFormat format, Clock clock) {
        this.provider = Objects.requireNonNull(provider, "provider");
        this.keyHelp = Objects.requireNonNull(keyHelp, "keyHelp");
        this.format = Objects.requireNonNull(format, "format");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** A mapper that reads no vendor's bodies: {@link ErrorFormat#GENERIC}. */
    public ProviderErrors(String provider, String keyHelp, Clock clock) {
        this(provider, keyHelp, ErrorFormat.GENERIC, clock);
    }

    public String provider() {
        return provider;
    }

    /** The failure of a call made without any key. */
    public AuthenticationException missingKey() {
        return new AuthenticationException(provider, "no API key is configured", keyHelp, 0);
    }

    /**
     * The key a call uses: the request's own, else the configured one.
     *
     * @throws AuthenticationException as {@link #missingKey()} when neither is set
     */
    public ApiKey requireKey(ApiKey perRequest, ApiKey configured) {
        ApiKey key = perRequest != null ? perRequest : configured;
        if (key == null) {
            throw missingKey();
        }
        return key;
    }

    /** The failure of a call refused without sending it, because the provider rejected its key before. */
    public AuthenticationException rejectedBefore(ApiKey key, int status) {
        return new AuthenticationException(
                provider,
                describe(key) + " was rejected (" + where(status) + ") by an earlier call, so it is not sent again;"
                        + " fix the key and create the model again",
                keyHelp,
                status);
    }

    /**
     * The exception for an unsuccessful HTTP response.
     *
     * @param status the HTTP status, not 2xx; 0 for an error event inside a stream
     * @param header a case-insensitive header lookup, {@code null} when absent
     * @param body the response body, possibly empty
     * @param model the model the request named, for "not found" messages
     * @param key the key the request used, to redact from provider messages; may be {@code null}
     */
    public ProviderException fromResponse(
            int status, UnaryOperator<String> header, String body, String model, ApiKey key) {
        ErrorDetails details = read(status, header, body);
        String quoted = clip(redact(details.message() != null ? details.message() : body, key));
        String detail = where(status) + (quoted.isEmpty() ? "" : ": " + quoted);
        Duration retryAfter = details.retryAfter() != null
                ? details.retryAfter()
                : RetryAfter.fromHeaders(header, clock).orElse(null);
        FailureKind kind = details.kind() != null ? details.kind() : FailureKind.ofStatus(status);

        switch (kind) {
            case AUTHENTICATION:
                return new AuthenticationException(
                        provider,
                        key == null
                                ? "the provider requires an API key and none was sent (" + where(status) + ")"
                                : describe(key) + " was rejected (" + where(status) + ")",
                        keyHelp,
                        status);
            case PERMISSION:
                return new AuthenticationException(
                        provider,
                        describe(key) + " is not allowed to do this (" + where(status) + "); check the key's project"
                                + " and permissions",
                        keyHelp,
                        status);
            case QUOTA:
                return new QuotaExhaustedException(
                        provider,
                        "the account's quota or credit is used up; add credit or raise the limit (" + detail + ")");
            case MODEL_NOT_FOUND:
                return new ModelNotFoundException(
                        provider,
                        model,
                        "model '" + model + "' was not found or is not available to this key; choose another model ("
                                + detail + ")");
            case RATE_LIMIT:
                return new RateLimitException(
                        provider,
                        "rate limited; "
                                + (retryAfter == null ? "retry later" : "retry after " + retryAfter.toMillis() + " ms")
                                + " (" + detail + ")",
                        retryAfter);
            case TIMEOUT:
                return new ProviderTimeoutException(
                        provider, "the provider timed out the request (" + detail + ")", null);
            case OVERLOADED:
                return new ProviderUnavailableException(provider, status, "overloaded (" + detail + ")", retryAfter);
            case UNAVAILABLE:
                return new ProviderUnavailableException(provider, status, "unavailable (" + detail + ")", retryAfter);
            case CONTENT_REFUSED:
                return new ContentRefusedException(
                        provider,
                        details.code() != null ? details.code() : "content_filter",
                        "the request was refused by a content filter (" + detail + ")");
            case INVALID_REQUEST:
            default:
                return new InvalidRequestException(provider, status, "the request was rejected (" + detail + ")");
        }
    }

    /** The failure of an error event inside a stream, e.g. Anthropic's {@code overloaded_error}. */
    public ProviderException fromStreamError(String errorJson, String model, ApiKey key) {
        return fromResponse(0, name -> null, errorJson, model, key);
    }

    /** The exception for a network failure: a timeout or the provider being unreachable. */
    public ProviderException fromIo(IOException failure, ApiKey key) {
        String what = redact(failure.getClass().getSimpleName() + ": " + failure.getMessage(), key);
        if (failure instanceof SocketTimeoutException
                || (failure instanceof InterruptedIOException
                        && String.valueOf(failure.getMessage())
                                .toLowerCase(Locale.ROOT)
                                .contains("timeout"))) {
            return new ProviderTimeoutException(provider, "timed out (" + what + ")", null);
        }
        return new ProviderUnavailableException(provider, "could not reach the provider (" + what + ")", null);
    }

    /** The text with the key, {@code Bearer} tokens and the vendor's key shapes redacted. */
    public String redact(String text, ApiKey key) {
        return Secrets.redact(text, key, format.keyShapes());
    }

    /** The failure with every secret taken out of its messages, causes included; see {@link Secrets#scrub}. */
    public ProviderException scrub(ProviderException failure, ApiKey key) {
        return Secrets.scrub(failure, text -> redact(text, key));
    }

    private ErrorDetails read(int status, UnaryOperator<String> header, String body) {
        try {
            ErrorDetails details = format.read(status, header, body == null ? "" : body);
            return details == null ? ErrorDetails.NONE : details;
        } catch (RuntimeException unreadable) {
            // a vendor format that trips over a strange body must not hide the failure it describes
            return ErrorDetails.NONE;
        }
    }

    /** Where the key came from, for messages: never the key itself. */
    private static String describe(ApiKey key) {
        return key == null
                ? "the API key"
                : key.source().map(source -> "the API key from " + source).orElse("the API key");
    }

    private static String where(int status) {
        return status > 0 ? "HTTP " + status : "error event in the stream";
    }

    private static String clip(String text) {
        if (text == null) {
            return "";
        }
        String oneLine = text.strip().replaceAll("\\s+", " ");
        return oneLine.length() <= MAX_QUOTED ? oneLine : oneLine.substring(0, MAX_QUOTED) + "...";
    }
}
