package dev.mocksy.llm.claude;

import dev.mocksy.internal.MocksyJson;
import dev.mocksy.llm.LanguageModelContract.ErrorKind;
import java.util.List;
import okhttp3.mockwebserver.MockResponse;

/** Replies in the exact Messages API wire format, as Anthropic's API reference documents it. */
final class ClaudeFixtures {

    private ClaudeFixtures() {}

    static MockResponse json(int status, String body) {
        return new MockResponse()
                .setResponseCode(status)
                .setHeader("Content-Type", "application/json")
                .setHeader("request-id", "req_011CSHoEeqs5C35K2UUqR7Fy")
                .setBody(body);
    }

    static MockResponse message(String contentJson, String stopReason, int input, int output) {
        return json(
                200,
                """
                {"id": "msg_013Zva2CMHLNnXjNJJKqJ2EF", "type": "message", "role": "assistant",
                 "model": "claude-sonnet-4-5-20250929", "content": %s,
                 "stop_reason": "%s", "stop_sequence": null,
                 "usage": {"input_tokens": %d, "output_tokens": %d,
                           "cache_creation_input_tokens": 0, "cache_read_input_tokens": 0}}
                """
                        .formatted(contentJson, stopReason, input, output));
    }

    static MockResponse text(String text, int input, int output) {
        return message("[{\"type\": \"text\", \"text\": " + quote(text) + "}]", "end_turn", input, output);
    }

    static MockResponse toolUse(String name, String inputJson) {
        return message(
                "[{\"type\": \"tool_use\", \"id\": \"toolu_01A09q90qw90lq917835lq9\", \"name\": \"" + name
                        + "\", \"input\": " + inputJson + "}]",
                "tool_use",
                50,
                20);
    }

    static String event(String type, String data) {
        return "event: " + type + "\ndata: " + data + "\n\n";
    }

    static MockResponse stream(List<String> deltas, boolean complete) {
        StringBuilder body = new StringBuilder();
        body.append(
                event(
                        "message_start",
                        """
                {"type": "message_start", "message": {"id": "msg_1nZdL29xx5MUA1yADyHTEsnR8uuvGzszyY", "type": "message",\
                 "role": "assistant", "content": [], "model": "claude-sonnet-4-5-20250929", "stop_reason": null,\
                 "stop_sequence": null, "usage": {"input_tokens": 25, "output_tokens": 1}}}"""));
        body.append(
                event(
                        "content_block_start",
                        "{\"type\": \"content_block_start\", \"index\": 0, \"content_block\": {\"type\": \"text\", \"text\": \"\"}}"));
        body.append(event("ping", "{\"type\": \"ping\"}"));
        for (String delta : deltas) {
            body.append(event(
                    "content_block_delta",
                    "{\"type\": \"content_block_delta\", \"index\": 0, \"delta\": {\"type\": \"text_delta\", \"text\": "
                            + quote(delta) + "}}"));
        }
        if (complete) {
            body.append(event("content_block_stop", "{\"type\": \"content_block_stop\", \"index\": 0}"));
            body.append(event(
                    "message_delta",
                    "{\"type\": \"message_delta\", \"delta\": {\"stop_reason\": \"end_turn\", \"stop_sequence\": null},"
                            + " \"usage\": {\"output_tokens\": 15}}"));
            body.append(event("message_stop", "{\"type\": \"message_stop\"}"));
        }
        return new MockResponse().setHeader("Content-Type", "text/event-stream").setBody(body.toString());
    }

    static MockResponse error(ErrorKind kind, int retryAfterSeconds) {
        MockResponse response;
        switch (kind) {
            case BAD_KEY:
                response = json(401, errorBody("authentication_error", "invalid x-api-key"));
                break;
            case RATE_LIMIT:
                response = json(
                        429,
                        errorBody(
                                "rate_limit_error",
                                "This request would exceed the rate limit for your organization of 50 requests per minute."));
                break;
            case QUOTA:
                response = json(
                        429,
                        """
                        {"type": "error", "error": {"type": "rate_limit_error",
                          "message": "You have reached your specified workspace API usage limits.",
                          "details": {"error_code": "enforced_spend_limit_reached"}},
                         "request_id": "req_011CSHoEeqs5C35K2UUqR7Fy"}
                        """);
                break;
            case MODEL_NOT_FOUND:
                response = json(404, errorBody("not_found_error", "model: claude-9"));
                break;
            case OVERLOADED:
                response = json(529, errorBody("overloaded_error", "Overloaded"));
                break;
            case SERVER_ERROR:
                response = json(500, errorBody("api_error", "Internal server error"));
                break;
            case BAD_REQUEST:
                response = json(
                        400,
                        errorBody(
                                "invalid_request_error",
                                "messages: roles must alternate between \"user\" and \"assistant\""));
                break;
            default:
                throw new IllegalArgumentException(kind.name());
        }
        if (retryAfterSeconds > 0) {
            response.setHeader("retry-after", String.valueOf(retryAfterSeconds));
        }
        return response;
    }

    static String errorBody(String type, String message) {
        return "{\"type\": \"error\", \"error\": {\"type\": \"" + type + "\", \"message\": " + quote(message)
                + "}, \"request_id\": \"req_011CSHoEeqs5C35K2UUqR7Fy\"}";
    }

    static String quote(String text) {
        return MocksyJson.mapper().getNodeFactory().textNode(text).toString();
    }
}
