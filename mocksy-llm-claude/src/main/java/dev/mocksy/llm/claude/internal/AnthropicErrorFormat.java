package dev.mocksy.llm.claude.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mocksy.http.ErrorBodies;
import dev.mocksy.http.ErrorDetails;
import dev.mocksy.http.ErrorFormat;
import dev.mocksy.http.FailureKind;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * Anthropic's error bodies and stream error events, {@code {"type": "error", "error": {"type", "message"}}}: the
 * error's type names the failure (e.g. {@code overloaded_error}, sent with HTTP 529), and a used-up credit balance or
 * spend limit is told apart from a bad request or a rate limit. Internal: not part of the API.
 */
public final class AnthropicErrorFormat implements ErrorFormat {

    /** The one instance: it holds no state. */
    public static final AnthropicErrorFormat INSTANCE = new AnthropicErrorFormat();

    /** Anthropic keys, {@code sk-ant-...}. */
    private static final List<Pattern> KEY_SHAPES = List.of(Pattern.compile("sk-ant-[A-Za-z0-9_\\-*]{6,}"));

    private AnthropicErrorFormat() {}

    @Override
    public ErrorDetails read(int status, UnaryOperator<String> header, String body) {
        JsonNode json = ErrorBodies.object(body);
        JsonNode error = json == null ? null : json.get("error");
        String type = ErrorBodies.text(error, "type");
        String message = ErrorBodies.text(error, "message");
        return new ErrorDetails(kind(type, message, error), message, type, null);
    }

    private static FailureKind kind(String type, String message, JsonNode error) {
        if (isUsedUp(message, error)) {
            return FailureKind.QUOTA;
        }
        if (type == null) {
            return null;
        }
        switch (type) {
            case "invalid_request_error":
            case "request_too_large":
                return FailureKind.INVALID_REQUEST;
            case "authentication_error":
                return FailureKind.AUTHENTICATION;
            case "permission_error":
                return FailureKind.PERMISSION;
            case "billing_error":
                return FailureKind.QUOTA;
            case "not_found_error":
                return FailureKind.MODEL_NOT_FOUND;
            case "rate_limit_error":
                return FailureKind.RATE_LIMIT;
            case "timeout_error":
                return FailureKind.TIMEOUT;
            case "overloaded_error":
                return FailureKind.OVERLOADED;
            case "api_error":
                return FailureKind.UNAVAILABLE;
            default:
                return null;
        }
    }

    /**
     * An empty prepaid balance (a 400 {@code invalid_request_error}), a workspace's usage limit, or the monthly spend
     * limit of the organization's tier (a 429 whose {@code details.error_code} is {@code enforced_spend_limit_reached}):
     * none comes back within any retry.
     */
    private static boolean isUsedUp(String message, JsonNode error) {
        if (message != null
                && (message.contains("credit balance is too low") || message.contains("specified API usage limits"))) {
            return true;
        }
        return error != null
                && "enforced_spend_limit_reached"
                        .equals(error.path("details").path("error_code").asText());
    }

    @Override
    public List<Pattern> keyShapes() {
        return KEY_SHAPES;
    }
}
