package dev.mocksy.llm.langchain4j;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;
import dev.mocksy.QuotaExhaustedException;
import java.time.Duration;
import java.util.List;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

/** The bridge over LangChain4j's own OpenAI module, against a server speaking the Chat Completions wire format. */
class OpenAiBridgeTest extends BridgeContract {

    @Override
    protected LangChain4jLanguageModel model(boolean jsonSchemaCapable, Duration timeout) {
        OpenAiChatModel.OpenAiChatModelBuilder chat = OpenAiChatModel.builder()
                .baseUrl(server.url("/v1").toString())
                .apiKey(KEY)
                .modelName("gpt-4.1-mini")
                .maxRetries(0)
                .timeout(timeout);
        if (jsonSchemaCapable) {
            chat.supportedCapabilities(Capability.RESPONSE_FORMAT_JSON_SCHEMA).strictJsonSchema(true);
        }
        return LangChain4jLanguageModel.of(chat.build(), streamingModel(timeout));
    }

    @Override
    protected ChatModel chatModel(Duration timeout) {
        return OpenAiChatModel.builder()
                .baseUrl(server.url("/v1").toString())
                .apiKey(KEY)
                .modelName("gpt-4.1-mini")
                .maxRetries(0)
                .timeout(timeout)
                .build();
    }

    @Override
    protected StreamingChatModel streamingModel(Duration timeout) {
        return OpenAiStreamingChatModel.builder()
                .baseUrl(server.url("/v1").toString())
                .apiKey(KEY)
                .modelName("gpt-4.1-mini")
                .timeout(timeout)
                .build();
    }

    @Override
    protected MockResponse textReply(String text, int inputTokens, int outputTokens) {
        return json(
                200,
                """
                {"id": "chatcmpl-B9MBs8CjcvOU2jLn4n570S5qMJKcT", "object": "chat.completion", "created": 1741569952,
                 "model": "gpt-4.1-mini-2025-04-14",
                 "choices": [{"index": 0,
                   "message": {"role": "assistant", "content": %s, "refusal": null, "annotations": []},
                   "logprobs": null, "finish_reason": "stop"}],
                 "usage": {"prompt_tokens": %d, "completion_tokens": %d, "total_tokens": %d},
                 "service_tier": "default"}
                """
                        .formatted(quote(text), inputTokens, outputTokens, inputTokens + outputTokens));
    }

    @Override
    protected MockResponse streamReply(List<String> deltas, boolean complete) {
        StringBuilder body = new StringBuilder();
        String head = "{\"id\":\"chatcmpl-123\",\"object\":\"chat.completion.chunk\",\"created\":1694268190,"
                + "\"model\":\"gpt-4.1-mini-2025-04-14\",\"system_fingerprint\":\"fp_44709d6fcb\",";
        body.append("data: ")
                .append(head)
                .append("\"choices\":[{\"index\":0,\"delta\":{\"role\":\"assistant\",\"content\":\"\"},")
                .append("\"logprobs\":null,\"finish_reason\":null}]}\n\n");
        for (String delta : deltas) {
            body.append("data: ")
                    .append(head)
                    .append("\"choices\":[{\"index\":0,\"delta\":{\"content\":")
                    .append(quote(delta))
                    .append("},\"logprobs\":null,\"finish_reason\":null}]}\n\n");
        }
        if (complete) {
            body.append("data: ")
                    .append(head)
                    .append(
                            "\"choices\":[{\"index\":0,\"delta\":{},\"logprobs\":null,\"finish_reason\":\"stop\"}]}\n\n")
                    .append("data: ")
                    .append(head)
                    .append("\"choices\":[],\"usage\":{\"prompt_tokens\":9,\"completion_tokens\":7,")
                    .append("\"total_tokens\":16}}\n\n")
                    .append("data: [DONE]\n\n");
        }
        return new MockResponse().setHeader("Content-Type", "text/event-stream").setBody(body.toString());
    }

    @Override
    protected MockResponse errorReply(int status, String message) {
        String type = status == 401 ? "invalid_request_error" : status == 429 ? "requests" : "server_error";
        String code = status == 401 ? "invalid_api_key" : status == 404 ? "model_not_found" : "null";
        return json(
                status,
                """
                {"error": {"message": %s, "type": "%s", "param": null, "code": %s}}
                """
                        .formatted(quote(message), type, code.equals("null") ? "null" : "\"" + code + "\""));
    }

    @Override
    protected JsonNode sentSchema(JsonNode body) {
        JsonNode format = body.path("response_format");
        return "json_schema".equals(format.path("type").asText())
                ? format.path("json_schema").path("schema")
                : null;
    }

    @Override
    protected String sentSystem(JsonNode body) {
        for (JsonNode message : body.path("messages")) {
            if ("system".equals(message.path("role").asText())) {
                return message.path("content").asText();
            }
        }
        return null;
    }

    @Test
    void should_tell_a_used_up_quota_from_a_rate_limit() {
        server.enqueue(
                json(
                        429,
                        """
                {"error": {"message": "You exceeded your current quota, please check your plan and billing details.",
                 "type": "insufficient_quota", "param": null, "code": "insufficient_quota"}}
                """));

        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> model().chat(question()));

        assertThat(thrown).isInstanceOf(QuotaExhaustedException.class);
    }

    @Test
    void should_send_the_key_only_in_the_authorization_header() throws Exception {
        server.enqueue(textReply("ok", 1, 1));

        model().chat(question());

        RecordedRequest request = server.takeRequest();
        assertThat(request.getHeader("Authorization")).isEqualTo("Bearer " + KEY);
        assertThat(request.getBody().readUtf8()).doesNotContain(KEY);
        assertThat(request.getPath()).isEqualTo("/v1/chat/completions");
    }

    static MockResponse json(int status, String body) {
        return new MockResponse()
                .setResponseCode(status)
                .setHeader("Content-Type", "application/json")
                .setBody(body);
    }

    static String quote(String text) {
        return dev.mocksy.internal.MocksyJson.mapper().valueToTree(text).toString();
    }
}
