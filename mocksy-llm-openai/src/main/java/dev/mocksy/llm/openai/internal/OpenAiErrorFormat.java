package dev.mocksy.llm.openai.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mocksy.http.ErrorBodies;
import dev.mocksy.http.ErrorDetails;
import dev.mocksy.http.ErrorFormat;
import dev.mocksy.http.FailureKind;
import dev.mocksy.http.RetryAfter;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * OpenAI's error bodies, {@code {"error": {"message", "type", "param", "code"}}}, as the API and OpenAI-compatible
 * servers send them, and its {@code retry-after-ms} header. Internal: not part of the API.
 */
public final class OpenAiErrorFormat implements ErrorFormat {

    /** The one instance: it holds no state. */
    public static final OpenAiErrorFormat INSTANCE = new OpenAiErrorFormat();

    /** OpenAI keys ({@code sk-...}, {@code sk-proj-...}), also as OpenAI masks them in messages ({@code sk-ab***yz}). */
    private static final List<Pattern> KEY_SHAPES = List.of(Pattern.compile("sk-[A-Za-z0-9_\\-*]{6,}"));

    private OpenAiErrorFormat() {}

    @Override
    public ErrorDetails read(int status, UnaryOperator<String> header, String body) {
        JsonNode json = ErrorBodies.object(body);
        JsonNode error = json == null ? null : json.get("error");
        String type = ErrorBodies.text(error, "type");
        String code = ErrorBodies.text(error, "code");
        return new ErrorDetails(
                kind(status, type, code),
                ErrorBodies.text(error, "message"),
                code != null ? code : type,
                RetryAfter.millis(header.apply("retry-after-ms")).orElse(null));
    }

    private static FailureKind kind(int status, String type, String code) {
        if ("invalid_api_key".equals(code)) {
            return FailureKind.AUTHENTICATION;
        }
        if ("insufficient_quota".equals(code) || "insufficient_quota".equals(type)) {
            return FailureKind.QUOTA;
        }
        if ("model_not_found".equals(code)) {
            return FailureKind.MODEL_NOT_FOUND;
        }
        boolean plainRejection = status == 0 || FailureKind.ofStatus(status) == FailureKind.INVALID_REQUEST;
        if (plainRejection && isContentFilter(type, code)) {
            return FailureKind.CONTENT_REFUSED;
        }
        return null;
    }

    private static boolean isContentFilter(String type, String code) {
        String both = (code + " " + type).toLowerCase(Locale.ROOT);
        return both.contains("content_filter") || both.contains("content_policy") || both.contains("safety");
    }

    @Override
    public List<Pattern> keyShapes() {
        return KEY_SHAPES;
    }
}
