package dev.mocksy.llm.gemini;

import dev.mocksy.internal.MocksyJson;
import dev.mocksy.llm.LanguageModelContract.ErrorKind;
import java.util.List;
import okhttp3.mockwebserver.MockResponse;

/** Replies in the exact generateContent wire format, as the Gemini API reference documents it. */
final class GeminiFixtures {

    private GeminiFixtures() {}

    static MockResponse json(int status, String body) {
        return new MockResponse()
                .setResponseCode(status)
                .setHeader("Content-Type", "application/json; charset=UTF-8")
                .setBody(body);
    }

    static String chunk(String text, String finishReason, Integer prompt, Integer candidates) {
        return "{\"candidates\": [{\"content\": {\"parts\": [{\"text\": " + quote(text) + "}], \"role\": \"model\"}"
                + (finishReason == null ? "" : ", \"finishReason\": \"" + finishReason + "\"")
                + ", \"index\": 0}]"
                + (prompt == null
                        ? ""
                        : ", \"usageMetadata\": {\"promptTokenCount\": " + prompt + ", \"candidatesTokenCount\": "
                                + candidates + ", \"totalTokenCount\": " + (prompt + candidates) + "}")
                + ", \"modelVersion\": \"gemini-2.5-flash\", \"responseId\": \"mwkAaZ2aBO2-vdIPxK7DkAo\"}";
    }

    static MockResponse reply(String text, String finishReason, int prompt, int candidates) {
        return json(200, chunk(text, finishReason, prompt, candidates));
    }

    static MockResponse stream(List<String> deltas, boolean complete) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < deltas.size(); i++) {
            boolean last = complete && i == deltas.size() - 1;
            String chunk =
                    last ? chunk(deltas.get(i), "STOP", 9, deltas.size()) : chunk(deltas.get(i), null, null, null);
            body.append("data: ").append(chunk).append("\r\n\r\n");
        }
        return new MockResponse().setHeader("Content-Type", "text/event-stream").setBody(body.toString());
    }

    static MockResponse error(ErrorKind kind, int retryAfterSeconds) {
        switch (kind) {
            case BAD_KEY:
                return json(
                        400,
                        """
                        {"error": {"code": 400, "message": "API key not valid. Please pass a valid API key.",
                          "status": "INVALID_ARGUMENT",
                          "details": [{"@type": "type.googleapis.com/google.rpc.ErrorInfo",
                                       "reason": "API_KEY_INVALID", "domain": "googleapis.com",
                                       "metadata": {"service": "generativelanguage.googleapis.com"}}]}}
                        """);
            case RATE_LIMIT:
                return json(
                        429,
                        """
                        {"error": {"code": 429,
                          "message": "You exceeded your current quota, please check your plan and billing details.",
                          "status": "RESOURCE_EXHAUSTED",
                          "details": [
                            {"@type": "type.googleapis.com/google.rpc.QuotaFailure",
                             "violations": [{"quotaMetric":
                               "generativelanguage.googleapis.com/generate_content_free_tier_requests",
                               "quotaId": "GenerateRequestsPerMinutePerProjectPerModel-FreeTier"}]}%s]}}
                        """
                                .formatted(
                                        retryAfterSeconds > 0
                                                ? ", {\"@type\": \"type.googleapis.com/google.rpc.RetryInfo\", \"retryDelay\": \""
                                                        + retryAfterSeconds + "s\"}"
                                                : ""));
            case QUOTA:
                return json(
                        429,
                        """
                        {"error": {"code": 429,
                          "message": "You exceeded your current quota, please check your plan and billing details.",
                          "status": "RESOURCE_EXHAUSTED",
                          "details": [{"@type": "type.googleapis.com/google.rpc.QuotaFailure",
                             "violations": [{"quotaMetric":
                               "generativelanguage.googleapis.com/generate_content_free_tier_requests",
                               "quotaId": "GenerateRequestsPerDayPerProjectPerModel-FreeTier"}]}]}}
                        """);
            case MODEL_NOT_FOUND:
                return json(
                        404,
                        """
                        {"error": {"code": 404, "message":
                          "models/gemini-9 is not found for API version v1beta, or is not supported for generateContent.",
                          "status": "NOT_FOUND"}}
                        """);
            case OVERLOADED:
                return json(
                        503,
                        """
                        {"error": {"code": 503, "message": "The model is overloaded. Please try again later.",
                          "status": "UNAVAILABLE"}}
                        """);
            case SERVER_ERROR:
                return json(
                        500,
                        """
                        {"error": {"code": 500, "message": "An internal error has occurred.", "status": "INTERNAL"}}
                        """);
            case BAD_REQUEST:
                return json(
                        400,
                        """
                        {"error": {"code": 400, "message":
                          "Invalid value at 'generation_config.temperature' (TYPE_FLOAT), \\"hot\\"",
                          "status": "INVALID_ARGUMENT"}}
                        """);
            default:
                throw new IllegalArgumentException(kind.name());
        }
    }

    static String quote(String text) {
        return MocksyJson.mapper().getNodeFactory().textNode(text).toString();
    }
}
