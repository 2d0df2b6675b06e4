package dev.mocksy.http;

import dev.mocksy.AuthenticationException;
import dev.mocksy.ContentRefusedException;
import dev.mocksy.InvalidRequestException;
import dev.mocksy.InvalidResponseException;
import dev.mocksy.ModelNotFoundException;
import dev.mocksy.ProviderException;
import dev.mocksy.ProviderTimeoutException;
import dev.mocksy.ProviderUnavailableException;
import dev.mocksy.QuotaExhaustedException;
import dev.mocksy.RateLimitException;
import dev.mocksy.StreamInterruptedException;
import dev.mocksy.llm.ApiKey;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * Takes secrets out of text that may reach a log or an exception message, such as a provider's error message or a
 * reply that could not be parsed.
 *
 * <p>Knows no vendor: it removes the key a call used, {@code Bearer} tokens, and whatever key shapes the caller names
 * (each vendor's {@link ErrorFormat#keyShapes()}).
 */
public final class Secrets {

    /** What replaces a secret. */
    public static final String REDACTED = "[redacted]";

    private static final Pattern BEARER = Pattern.compile("Bearer\\s+\\S+");

    private Secrets() {}

    /** The text with the key and {@code Bearer} tokens replaced by {@value #REDACTED}; never {@code null}. */
    public static String redact(String text, ApiKey key) {
        return redact(text, key, List.of());
    }

    /**
     * The text with the key, {@code Bearer} tokens and anything of the given shapes replaced by {@value #REDACTED};
     * never {@code null}.
     */
    public static String redact(String text, ApiKey key, List<Pattern> keyShapes) {
        if (text == null) {
            return "";
        }
        String result = text;
        if (key != null) {
            result = result.replace(key.reveal(), REDACTED);
        }
        result = BEARER.matcher(result).replaceAll(REDACTED);
        for (Pattern shape : keyShapes) {
            result = shape.matcher(result).replaceAll(REDACTED);
        }
        return result;
    }

    /**
     * The failure with every message in it (its own, its causes', its suppressed exceptions') passed through
     * {@code redactor}: the same instance when nothing needed redacting, otherwise a copy of the same type.
     *
     * <p>A last line of defence for failures that quote what a provider sent, such as a parser's message about a reply
     * that was not JSON. Causes that are not provider exceptions are replaced by a stand-in that names their class and
     * keeps their stack trace.
     */
    public static ProviderException scrub(ProviderException failure, UnaryOperator<String> redactor) {
        if (isClean(failure, redactor)) {
            return failure;
        }
        String detail = redactor.apply(detail(failure));
        Throwable cause = scrubCause(failure.getCause(), redactor);
        ProviderException copy = copy(failure, detail, cause);
        if (copy.getCause() == null && cause != null) {
            copy.initCause(cause);
        }
        copy.setStackTrace(failure.getStackTrace());
        for (Throwable suppressed : failure.getSuppressed()) {
            copy.addSuppressed(scrubCause(suppressed, redactor));
        }
        return copy;
    }

    private static ProviderException copy(ProviderException failure, String detail, Throwable cause) {
        String provider = failure.provider();
        if (failure instanceof StreamInterruptedException interrupted) {
            return new StreamInterruptedException(provider, detail, interrupted.partialText(), cause);
        }
        if (failure instanceof AuthenticationException authentication) {
            // its message is "problem; how to set the key": split anywhere on "; " and it reads the same again
            int split = detail.indexOf("; ");
            return split < 0
                    ? new AuthenticationException(provider, detail, "check the key", authentication.status())
                    : new AuthenticationException(
                            provider, detail.substring(0, split), detail.substring(split + 2), authentication.status());
        }
        if (failure instanceof ContentRefusedException refused) {
            return new ContentRefusedException(provider, refused.reason(), detail);
        }
        if (failure instanceof InvalidResponseException) {
            return new InvalidResponseException(provider, detail, cause);
        }
        if (failure instanceof InvalidRequestException invalid) {
            return new InvalidRequestException(provider, invalid.status(), detail);
        }
        if (failure instanceof ModelNotFoundException notFound) {
            return new ModelNotFoundException(provider, notFound.model(), detail);
        }
        if (failure instanceof QuotaExhaustedException) {
            return new QuotaExhaustedException(provider, detail);
        }
        if (failure instanceof RateLimitException limited) {
            return new RateLimitException(provider, detail, limited.retryAfter().orElse(null));
        }
        if (failure instanceof ProviderTimeoutException) {
            return new ProviderTimeoutException(provider, detail, cause);
        }
        if (failure instanceof ProviderUnavailableException unavailable) {
            return new ProviderUnavailableException(
                    provider,
                    unavailable.status(),
                    detail,
                    unavailable.retryAfter().orElse(null));
        }
        return new ProviderException(provider, detail, cause);
    }

    private static Throwable scrubCause(Throwable cause, UnaryOperator<String> redactor) {
        if (cause == null || isClean(cause, redactor)) {
            return cause;
        }
        if (cause instanceof ProviderException provider) {
            return scrub(provider, redactor);
        }
        return new RedactedCause(cause, redactor);
    }

    private static boolean isClean(Throwable failure, UnaryOperator<String> redactor) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String message = t.getMessage();
            if (message != null && !redactor.apply(message).equals(message)) {
                return false;
            }
            for (Throwable suppressed : t.getSuppressed()) {
                if (!isClean(suppressed, redactor)) {
                    return false;
                }
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return true;
    }

    /** The message without the {@code "provider: "} prefix {@link ProviderException} adds. */
    static String detail(ProviderException failure) {
        String message = String.valueOf(failure.getMessage());
        String prefix = failure.provider() + ": ";
        return message.startsWith(prefix) ? message.substring(prefix.length()) : message;
    }

    /** Stands in for a cause whose message held a secret: names the original class, keeps its stack trace. */
    static final class RedactedCause extends Exception {

        RedactedCause(Throwable original, UnaryOperator<String> redactor) {
            super(
                    original.getClass().getName() + ": " + redactor.apply(String.valueOf(original.getMessage())),
                    scrubCause(original.getCause(), redactor),
                    true,
                    true);
            setStackTrace(original.getStackTrace());
            for (Throwable suppressed : original.getSuppressed()) {
                addSuppressed(scrubCause(suppressed, redactor));
            }
        }
    }
}
