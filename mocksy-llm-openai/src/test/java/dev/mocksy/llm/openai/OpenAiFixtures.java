package dev.mocksy.llm.openai;

import dev.mocksy.llm.LanguageModelContract.ErrorKind;
import java.util.List;
import okhttp3.mockwebserver.MockResponse;

/** Replies in the exact Chat Completions wire format, as OpenAI's API reference documents it. */
final class OpenAiFixtures {

    private OpenAiFixtures() {}

    static MockResponse json(int status, String body) {
        return new MockResponse()
                .setResponseCode(status)
                .setHeader("Content-Type", "application/json")
                .setBody(body);
    }

    static MockResponse completion(String content, String finishReason, int prompt, int completion) {
        return json(
                200,
                """
                {
                  "id": "chatcmpl-B9MBs8CjcvOU2jLn4n570S5qMJKcT",
                  "object": "chat.completion",
                  "created": 1741569952,
                  "model": "gpt-4.1-mini-2025-04-14",
                  "choices": [
                    {
                      "index": 0,
                      "message": {"role": "assistant", "content": %s, "refusal": null, "annotations": []},
                      "logprobs": null,
                      "finish_reason": "%s"
                    }
                  ],
                  "usage": {"prompt_tokens": %d, "completion_tokens": %d, "total_tokens": %d},
                  "service_tier": "default"
                }
                """
                        .formatted(quote(content), finishReason, prompt, completion, prompt + completion));
    }

    static MockResponse stream(List<String> deltas, boolean complete) {
        StringBuilder body = new StringBuilder();
        String head = "{\"id\":\"chatcmpl-123\",\"object\":\"chat.completion.chunk\",\"created\":1694268190,"
                + "\"model\":\"gpt-4.1-mini-2025-04-14\",\"system_fingerprint\":\"fp_44709d6fcb\",";
        body.append("data: ")
                .append(head)
                .append("\"choices\":[{\"index\":0,\"delta\":{\"role\":\"assistant\",\"content\":\"\"},")
                .append("\"logprobs\":null,\"finish_reason\":null}],\"usage\":null}\n\n");
        for (String delta : deltas) {
            body.append("data: ")
                    .append(head)
                    .append("\"choices\":[{\"index\":0,\"delta\":{\"content\":")
                    .append(quote(delta))
                    .append("},\"logprobs\":null,\"finish_reason\":null}],\"usage\":null}\n\n");
        }
        if (complete) {
            body.append("data: ")
                    .append(head)
                    .append("\"choices\":[{\"index\":0,\"delta\":{},\"logprobs\":null,\"finish_reason\":\"stop\"}],")
                    .append("\"usage\":null}\n\n");
            body.append("data: ")
                    .append(head)
                    .append("\"choices\":[],\"usage\":{\"prompt_tokens\":12,\"completion_tokens\":")
                    .append(deltas.size())
                    .append(",\"total_tokens\":")
                    .append(12 + deltas.size())
                    .append("}}\n\n");
            body.append("data: [DONE]\n\n");
        }
        return new MockResponse().setHeader("Content-Type", "text/event-stream").setBody(body.toString());
    }

    static MockResponse error(ErrorKind kind, int retryAfterSeconds) {
        MockResponse response;
        switch (kind) {
            case BAD_KEY:
                response = json(
                        401,
                        errorBody(
                                "Incorrect API key provided: sk-CANAR*******************LEAK. You can find your API key at"
                                        + " https://platform.openai.com/account/api-keys.",
                                "invalid_request_error",
                                "invalid_api_key"));
                break;
            case RATE_LIMIT:
                response = json(
                                429,
                                errorBody(
                                        "Rate limit reached for gpt-4.1-mini on requests per min (RPM): Limit 3, Used 3.",
                                        "requests",
                                        "rate_limit_exceeded"))
                        .setHeader("x-ratelimit-remaining-requests", "0");
                break;
            case QUOTA:
                response = json(
                        429,
                        errorBody(
                                "You exceeded your current quota, please check your plan and billing details.",
                                "insufficient_quota",
                                "insufficient_quota"));
                break;
            case MODEL_NOT_FOUND:
                response = json(
                        404,
                        errorBody(
                                "The model `gpt-9` does not exist or you do not have access to it.",
                                "invalid_request_error",
                                "model_not_found"));
                break;
            case OVERLOADED:
                response = json(
                        503,
                        errorBody("The engine is currently overloaded, please try again later.", "server_error", null));
                break;
            case SERVER_ERROR:
                response = json(
                        500,
                        errorBody(
                                "The server had an error while processing your request. Sorry about that!",
                                "server_error",
                                null));
                break;
            case BAD_REQUEST:
                response = json(
                        400,
                        errorBody(
                                "Invalid value for 'temperature': expected a number between 0 and 2.",
                                "invalid_request_error",
                                "invalid_value"));
                break;
            default:
                throw new IllegalArgumentException(kind.name());
        }
        if (retryAfterSeconds > 0) {
            response.setHeader("Retry-After", String.valueOf(retryAfterSeconds));
        }
        return response;
    }

    static String errorBody(String message, String type, String code) {
        return "{\"error\": {\"message\": " + quote(message) + ", \"type\": \"" + type + "\", \"param\": null,"
                + " \"code\": " + (code == null ? "null" : "\"" + code + "\"") + "}}";
    }

    static String quote(String text) {
        return dev.mocksy.internal.MocksyJson.mapper()
                .getNodeFactory()
                .textNode(text)
                .toString();
    }
}
