package dev.mocksy.stt.whisper;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mocksy.http.ErrorBodies;
import dev.mocksy.http.ErrorDetails;
import dev.mocksy.http.ErrorFormat;
import dev.mocksy.http.FailureKind;
import dev.mocksy.http.RetryAfter;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * The error bodies of OpenAI-compatible transcription servers, {@code {"error": {"message", "type", "code"}}}, and the
 * {@code retry-after-ms} header OpenAI and Azure send. Servers that answer in another shape (a whisper.cpp server's
 * plain text) are quoted as they are.
 */
final class TranscriptionErrorFormat implements ErrorFormat {

    static final TranscriptionErrorFormat INSTANCE = new TranscriptionErrorFormat();

    /** OpenAI-style keys, also as OpenAI masks them in messages. */
    private static final List<Pattern> KEY_SHAPES = List.of(Pattern.compile("sk-[A-Za-z0-9_\\-*]{6,}"));

    private TranscriptionErrorFormat() {}

    @Override
    public ErrorDetails read(int status, UnaryOperator<String> header, String body) {
        JsonNode json = ErrorBodies.object(body);
        JsonNode error = json == null ? null : json.get("error");
        String type = ErrorBodies.text(error, "type");
        String code = ErrorBodies.text(error, "code");
        FailureKind kind = null;
        if ("invalid_api_key".equals(code)) {
            kind = FailureKind.AUTHENTICATION;
        } else if ("insufficient_quota".equals(code) || "insufficient_quota".equals(type)) {
            kind = FailureKind.QUOTA;
        }
        return new ErrorDetails(
                kind,
                ErrorBodies.text(error, "message"),
                code != null ? code : type,
                RetryAfter.millis(header.apply("retry-after-ms")).orElse(null));
    }

    @Override
    public List<Pattern> keyShapes() {
        return KEY_SHAPES;
    }
}
