package dev.mocksy.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mocksy.AuthenticationException;
import dev.mocksy.ContentRefusedException;
import dev.mocksy.InvalidRequestException;
import dev.mocksy.ModelNotFoundException;
import dev.mocksy.ProviderException;
import dev.mocksy.ProviderTimeoutException;
import dev.mocksy.ProviderUnavailableException;
import dev.mocksy.QuotaExhaustedException;
import dev.mocksy.RateLimitException;
import dev.mocksy.internal.MocksyJson;
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
 * mapper of every HTTP provider.
 *
 * <p>Reads the error bodies of OpenAI ({@code {"error": {"message", "type", "code"}}}), Gemini and other Google APIs
 * ({@code {"error": {"code", "message", "status", "details"}}}) and Anthropic ({@code {"type": "error", "error":
 * {"type", "message"}}}). Provider messages are passed through {@link Secrets#redact} before they reach an
 * exception; authentication failures never quote the provider at all, since some echo part of the key.
 */
public final class ProviderErrors {

    private final String provider;
    private final String keyHelp;
    private final Clock clock;

    /**
     * @param provider the provider's id, e.g. {@code "openai"}
     * @param keyHelp how the user sets the key, e.g. "set OPENAI_API_KEY (or -Dopenai.api-key)"
     * @param clock the clock {@code Retry-After} dates are measured from
     */
    public ProviderErrors(String provider, String keyHelp, Clock clock) {
        this.provider = Objects.requireNonNull(provider, "provider");
        this.keyHelp = Objects.requireNonNull(keyHelp, "keyHelp");
        this.clock = Objects.requireNonNull(clock, "clock");
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

    /**
     * The exception for an unsuccessful HTTP response.
     *
     * @param status the HTTP status, not 2xx
     * @param header a case-insensitive header lookup, {@code null} when absent
     * @param body the response body, possibly empty
     * @param model the model the request named, for "not found" messages
     * @param key the key the request used, to redact from provider messages; may be {@code null}
     */
    public ProviderException fromResponse(
            int status, UnaryOperator<String> header, String body, String model, ApiKey key) {
        JsonNode json = parse(body);
        JsonNode error = json == null ? null : json.path("error");
        String type = text(error, "type");
        String code = text(error, "code");
        String googleStatus = text(error, "status");
        String message = Secrets.redact(providerMessage(error, body), key);
        String detail = "HTTP " + status + (message.isEmpty() ? "" : ": " + message);
        Duration retryAfter = RetryAfter.fromHeaders(header, clock)
                .or(() -> RetryAfter.fromGoogleRetryInfo(json))
                .orElse(null);

        if (status == 401 || "authentication_error".equals(type) || mentionsInvalidKey(json, body)) {
            return new AuthenticationException(
                    provider, "the API key was rejected (HTTP " + status + ")", keyHelp, status);
        }
        if (status == 403 || "permission_error".equals(type)) {
            return new AuthenticationException(
                    provider,
                    "the API key is not allowed to do this (HTTP " + status + "); check the key's project and"
                            + " permissions",
                    keyHelp,
                    status);
        }
        if (status == 402 || "billing_error".equals(type) || isQuota(code, type, json, body)) {
            return new QuotaExhaustedException(
                    provider,
                    "the account's quota or credit is used up; add credit or raise the limit (" + detail + ")");
        }
        if (status == 404 || "not_found_error".equals(type) || "model_not_found".equals(code)) {
            return new ModelNotFoundException(
                    provider,
                    model,
                    "model '" + model + "' was not found or is not available to this key; choose another model ("
                            + detail + ")");
        }
        if (status == 429 || "rate_limit_error".equals(type) || "RESOURCE_EXHAUSTED".equals(googleStatus)) {
            return new RateLimitException(
                    provider,
                    "rate limited; "
                            + (retryAfter == null ? "retry later" : "retry after " + retryAfter.toMillis() + " ms")
                            + " (" + detail + ")",
                    retryAfter);
        }
        if (status == 408) {
            return new ProviderTimeoutException(provider, "the provider timed out the request (" + detail + ")", null);
        }
        if (status == 409 || status >= 500 || "overloaded_error".equals(type) || "api_error".equals(type)) {
            return new ProviderUnavailableException(
                    provider,
                    status,
                    (status == 529 || "overloaded_error".equals(type) ? "overloaded" : "unavailable") + " (" + detail
                            + ")",
                    retryAfter);
        }
        if (isContentFilter(code, type, message)) {
            return new ContentRefusedException(
                    provider,
                    code != null ? code : type,
                    "the request was refused by a content filter (" + detail + ")");
        }
        return new InvalidRequestException(provider, status, "the request was rejected (" + detail + ")");
    }

    /** The failure of an error event inside a stream, e.g. Anthropic's {@code overloaded_error}. */
    public ProviderException fromStreamError(String errorJson, String model, ApiKey key) {
        JsonNode json = parse(errorJson);
        String type = json == null ? null : text(json.path("error"), "type");
        int status = statusOf(type);
        return fromResponse(status, name -> null, errorJson, model, key);
    }

    /** The exception for a network failure: a timeout or the provider being unreachable. */
    public ProviderException fromIo(IOException failure, ApiKey key) {
        String what = Secrets.redact(failure.getClass().getSimpleName() + ": " + failure.getMessage(), key);
        if (failure instanceof SocketTimeoutException
                || (failure instanceof InterruptedIOException
                        && String.valueOf(failure.getMessage())
                                .toLowerCase(Locale.ROOT)
                                .contains("timeout"))) {
            return new ProviderTimeoutException(provider, "timed out (" + what + ")", null);
        }
        return new ProviderUnavailableException(provider, "could not reach the provider (" + what + ")", null);
    }

    private static int statusOf(String anthropicType) {
        if (anthropicType == null) {
            return 500;
        }
        switch (anthropicType) {
            case "invalid_request_error":
                return 400;
            case "authentication_error":
                return 401;
            case "billing_error":
                return 402;
            case "permission_error":
                return 403;
            case "not_found_error":
                return 404;
            case "request_too_large":
                return 413;
            case "rate_limit_error":
                return 429;
            case "overloaded_error":
                return 529;
            default:
                return 500;
        }
    }

    private static boolean mentionsInvalidKey(JsonNode json, String body) {
        if ("invalid_api_key".equals(text(json == null ? null : json.path("error"), "code"))) {
            return true;
        }
        return body != null && (body.contains("API_KEY_INVALID") || body.contains("API key not valid"));
    }

    private static boolean isQuota(String code, String type, JsonNode json, String body) {
        if ("insufficient_quota".equals(code) || "insufficient_quota".equals(type)) {
            return true;
        }
        // Anthropic answers an empty prepaid balance with a 400 invalid_request_error
        if (body != null && body.contains("credit balance is too low")) {
            return true;
        }
        if (json != null
                && "enforced_spend_limit_reached"
                        .equals(json.path("error")
                                .path("details")
                                .path("error_code")
                                .asText())) {
            return true;
        }
        // Google: a used-up daily quota will not come back within any sensible retry
        if (json != null) {
            for (JsonNode detail : json.path("error").path("details")) {
                if (detail.path("@type").asText().endsWith("google.rpc.QuotaFailure")) {
                    for (JsonNode violation : detail.path("violations")) {
                        if (violation.path("quotaId").asText().contains("PerDay")) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }

    private static boolean isContentFilter(String code, String type, String message) {
        String all = (code + " " + type).toLowerCase(Locale.ROOT);
        return all.contains("content_filter") || all.contains("content_policy") || all.contains("safety");
    }

    private static String providerMessage(JsonNode error, String body) {
        String message = text(error, "message");
        if (message != null) {
            return clip(message);
        }
        return body == null ? "" : clip(body.strip());
    }

    private static String clip(String text) {
        String oneLine = text.replaceAll("\\s+", " ");
        return oneLine.length() <= 300 ? oneLine : oneLine.substring(0, 300) + "...";
    }

    private static String text(JsonNode node, String field) {
        if (node == null || !node.has(field) || node.get(field).isNull()) {
            return null;
        }
        JsonNode value = node.get(field);
        return value.isValueNode() ? value.asText() : null;
    }

    private static JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            JsonNode node = MocksyJson.mapper().readTree(body);
            return node != null && node.isObject() ? node : null;
        } catch (IOException notJson) {
            return null;
        }
    }
}
