package dev.mocksy.llm.langchain4j;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.langchain4j.exception.AuthenticationException;
import dev.langchain4j.exception.ContentFilteredException;
import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.InternalServerException;
import dev.langchain4j.exception.InvalidRequestException;
import dev.langchain4j.exception.ModelNotFoundException;
import dev.langchain4j.exception.RateLimitException;
import dev.langchain4j.exception.TimeoutException;
import dev.langchain4j.exception.UnresolvedModelServerException;
import dev.langchain4j.exception.UnsupportedFeatureException;
import dev.mocksy.ContentRefusedException;
import dev.mocksy.InvalidResponseException;
import dev.mocksy.ProviderException;
import dev.mocksy.ProviderTimeoutException;
import dev.mocksy.ProviderUnavailableException;
import dev.mocksy.QuotaExhaustedException;
import dev.mocksy.http.FailureKind;
import dev.mocksy.http.Secrets;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.SocketTimeoutException;
import java.net.http.HttpTimeoutException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns what a LangChain4j model throws into Mocksy's typed {@link ProviderException}s.
 *
 * <p>The key lives inside the LangChain4j model, so it cannot be redacted by value: authentication failures never quote
 * the provider, other messages lose {@code Bearer} tokens and the key shapes of the common vendors, and the original
 * exception is kept as the cause only after the same scrubbing.
 */
final class FailureMapper {

    private static final int MAX_QUOTED = 300;
    private static final List<Pattern> KEY_SHAPES = List.of(
            Pattern.compile("sk-[A-Za-z0-9_*-]{6,}"),
            Pattern.compile("AIza[0-9A-Za-z_-]{20,}"),
            Pattern.compile("gsk_[A-Za-z0-9]{10,}"),
            Pattern.compile("(?i)(api[-_ ]?key[\"'=: ]+)[^\\s\"',}]{6,}"));
    private static final String KEY_HELP =
            "check the API key the LangChain4j model was built with (its builder's apiKey), then build it again";

    private final String provider;
    private final String model;

    FailureMapper(String provider, String model) {
        this.provider = provider;
        this.model = model;
    }

    /** The typed failure for {@code thrown}; never quotes a key. */
    ProviderException map(Throwable thrown) {
        return Secrets.scrub(typed(thrown), FailureMapper::redact);
    }

    static String redact(String text) {
        return Secrets.redact(text, null, KEY_SHAPES);
    }

    private ProviderException typed(Throwable thrown) {
        if (thrown instanceof ProviderException mocksy) {
            return mocksy;
        }
        int status = status(thrown);
        if (thrown instanceof AuthenticationException) {
            return authentication(status == 0 ? 401 : status);
        }
        if (thrown instanceof ContentFilteredException) {
            return new ContentRefusedException(
                    provider, "content_filter", "the provider's content filter refused the prompt or the reply");
        }
        if (thrown instanceof ModelNotFoundException) {
            return new dev.mocksy.ModelNotFoundException(
                    provider,
                    model,
                    "model '" + model + "' was not found or is not available to this key; build the LangChain4j model"
                            + " with another modelName (" + quoted(thrown) + ")");
        }
        if (thrown instanceof RateLimitException) {
            return quotaOrRateLimit(thrown);
        }
        if (thrown instanceof TimeoutException
                || hasCause(thrown, SocketTimeoutException.class)
                || hasCause(thrown, HttpTimeoutException.class)
                || hasCause(thrown, java.util.concurrent.TimeoutException.class)) {
            return new ProviderTimeoutException(
                    provider,
                    "the model did not answer in time; raise the LangChain4j model's timeout or retry later",
                    thrown);
        }
        if (thrown instanceof InternalServerException) {
            return unavailable(status == 0 ? 500 : status, thrown);
        }
        if (thrown instanceof UnresolvedModelServerException) {
            return new ProviderUnavailableException(
                    provider, "the model's server could not be reached; check its base URL", thrown);
        }
        if (thrown instanceof UnsupportedFeatureException) {
            return new dev.mocksy.InvalidRequestException(
                    provider, 0, "the LangChain4j model does not support this request: " + quoted(thrown));
        }
        if (thrown instanceof InvalidRequestException) {
            return byStatus(status == 0 ? 400 : status, thrown);
        }
        if (status != 0) {
            return byStatus(status, thrown);
        }
        if (hasCause(thrown, JsonProcessingException.class)) {
            return new InvalidResponseException(
                    provider, "the provider's reply is not the JSON its LangChain4j module expects", thrown);
        }
        if (hasCause(thrown, IOException.class) || thrown instanceof UncheckedIOException) {
            return new ProviderUnavailableException(
                    provider, "the model's server could not be reached or broke the connection", thrown);
        }
        return new InvalidResponseException(
                provider,
                "the LangChain4j model failed reading the reply ("
                        + thrown.getClass().getSimpleName() + ": " + quoted(thrown) + ")",
                thrown);
    }

    private ProviderException byStatus(int status, Throwable thrown) {
        FailureKind kind = FailureKind.ofStatus(status);
        switch (kind) {
            case AUTHENTICATION:
            case PERMISSION:
                return authentication(status);
            case QUOTA:
                return new QuotaExhaustedException(
                        provider, "the account's quota or credit is used up; add credit (HTTP " + status + ")");
            case MODEL_NOT_FOUND:
                return new dev.mocksy.ModelNotFoundException(
                        provider, model, "model '" + model + "' was not found (HTTP 404): " + quoted(thrown));
            case RATE_LIMIT:
                return quotaOrRateLimit(thrown);
            case TIMEOUT:
                return new ProviderTimeoutException(provider, "the provider gave up on the request (HTTP 408)", thrown);
            case OVERLOADED:
            case UNAVAILABLE:
                return unavailable(status, thrown);
            case CONTENT_REFUSED:
                return new ContentRefusedException(provider, "content_filter", "the provider refused the content");
            default:
                return new dev.mocksy.InvalidRequestException(
                        provider, status, "the provider rejected the request (HTTP " + status + "): " + quoted(thrown));
        }
    }

    private ProviderException authentication(int status) {
        return new dev.mocksy.AuthenticationException(
                provider, "the API key was rejected (HTTP " + status + ")", KEY_HELP, status);
    }

    private ProviderException quotaOrRateLimit(Throwable thrown) {
        String message = String.valueOf(thrown.getMessage()).toLowerCase(Locale.ROOT);
        if (message.contains("insufficient_quota") || message.contains("exceeded your current quota")) {
            return new QuotaExhaustedException(
                    provider, "the account's quota or credit is used up; add credit or raise the limit");
        }
        // LangChain4j does not pass the Retry-After header on; its own retries already waited
        return new dev.mocksy.RateLimitException(provider, "rate limited; retry later (" + quoted(thrown) + ")", null);
    }

    private ProviderUnavailableException unavailable(int status, Throwable thrown) {
        return new ProviderUnavailableException(
                provider,
                status,
                "the provider is unavailable (HTTP " + status + "); retry later: " + quoted(thrown),
                null);
    }

    private static int status(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof HttpException http) {
                return http.statusCode();
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return 0;
    }

    private static boolean hasCause(Throwable thrown, Class<? extends Throwable> type) {
        int depth = 0;
        for (Throwable t = thrown; t != null && depth < 20; t = t.getCause(), depth++) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static String quoted(Throwable thrown) {
        String message =
                thrown.getMessage() == null ? "" : redact(thrown.getMessage()).strip();
        return message.length() <= MAX_QUOTED ? message : message.substring(0, MAX_QUOTED) + "...";
    }
}
