package dev.mocksy.llm.langchain4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonNode;
import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.ollama.OllamaChatModel;
import dev.langchain4j.model.ollama.OllamaStreamingChatModel;
import dev.mocksy.ProviderTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

/** The bridge over LangChain4j's own Ollama module, against a server speaking Ollama's {@code /api/chat} format. */
class OllamaBridgeTest extends BridgeContract {

    private static final String MODEL = "llama3.1:8b";

    @Override
    protected LangChain4jLanguageModel model(boolean jsonSchemaCapable, Duration timeout) {
        OllamaChatModel.OllamaChatModelBuilder chat = OllamaChatModel.builder()
                .baseUrl(server.url("/").toString())
                .modelName(MODEL)
                .maxRetries(0)
                .timeout(timeout);
        if (jsonSchemaCapable) {
            chat.supportedCapabilities(Capability.RESPONSE_FORMAT_JSON_SCHEMA);
        }
        return LangChain4jLanguageModel.of(chat.build(), streamingModel(timeout));
    }

    @Override
    protected ChatModel chatModel(Duration timeout) {
        return OllamaChatModel.builder()
                .baseUrl(server.url("/").toString())
                .modelName(MODEL)
                .maxRetries(0)
                .timeout(timeout)
                .build();
    }

    @Override
    protected StreamingChatModel streamingModel(Duration timeout) {
        return OllamaStreamingChatModel.builder()
                .baseUrl(server.url("/").toString())
                .modelName(MODEL)
                .timeout(timeout)
                .build();
    }

    @Override
    protected MockResponse textReply(String text, int inputTokens, int outputTokens) {
        return OpenAiBridgeTest.json(
                200,
                """
                {"model": "%s", "created_at": "2025-06-01T10:15:30.123456Z",
                 "message": {"role": "assistant", "content": %s},
                 "done_reason": "stop", "done": true, "total_duration": 4883583458, "load_duration": 1334875,
                 "prompt_eval_count": %d, "prompt_eval_duration": 342546000,
                 "eval_count": %d, "eval_duration": 4535599000}
                """
                        .formatted(MODEL, OpenAiBridgeTest.quote(text), inputTokens, outputTokens));
    }

    @Override
    protected MockResponse streamReply(List<String> deltas, boolean complete) {
        StringBuilder body = new StringBuilder();
        for (String delta : deltas) {
            body.append(
                            "{\"model\":\"%s\",\"created_at\":\"2025-06-01T10:15:30.1Z\",\"message\":{\"role\":\"assistant\","
                                    .formatted(MODEL))
                    .append("\"content\":")
                    .append(OpenAiBridgeTest.quote(delta))
                    .append("},\"done\":false}\n");
        }
        if (complete) {
            body.append(
                            "{\"model\":\"%s\",\"created_at\":\"2025-06-01T10:15:31.2Z\",\"message\":{\"role\":\"assistant\","
                                    .formatted(MODEL))
                    .append("\"content\":\"\"},\"done_reason\":\"stop\",\"done\":true,\"total_duration\":174560334,")
                    .append("\"prompt_eval_count\":9,\"eval_count\":7}\n");
        }
        return new MockResponse()
                .setHeader("Content-Type", "application/x-ndjson")
                .setBody(body.toString());
    }

    @Override
    protected MockResponse errorReply(int status, String message) {
        return OpenAiBridgeTest.json(status, "{\"error\": " + OpenAiBridgeTest.quote(message) + "}");
    }

    @Override
    protected JsonNode sentSchema(JsonNode body) {
        JsonNode format = body.path("format");
        return format.isObject() ? format : null;
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

    /** LangChain4j's Ollama module hands on the pieces of a stream only as it ends, so a stall shows as a timeout. */
    @Override
    @Test
    void should_report_a_stream_that_stalls_after_a_piece_with_what_arrived() {
        long firstPart =
                streamReply(List.of("Half a ", "sentence"), false).getBody().size();
        server.enqueue(streamReply(List.of("Half a ", "sentence"), true).throttleBody(firstPart, 5, TimeUnit.SECONDS));
        LangChain4jLanguageModel model = LangChain4jLanguageModel.builder()
                .chatModel(chatModel(Duration.ofSeconds(30)))
                .streamingChatModel(streamingModel(Duration.ofSeconds(30)))
                .streamIdleTimeout(Duration.ofMillis(700))
                .build();

        Throwable thrown = catchThrowable(() -> model.stream(question(), delta -> {}));

        assertThat(thrown).isInstanceOf(ProviderTimeoutException.class).hasMessageContaining("700 ms");
    }

    @Test
    void should_call_the_chat_endpoint_with_the_options_it_was_given() throws Exception {
        server.enqueue(textReply("ok", 1, 1));

        model().chat(question());

        RecordedRequest request = server.takeRequest();
        assertThat(request.getPath()).isEqualTo("/api/chat");
        JsonNode body = dev.mocksy.internal.MocksyJson.mapper()
                .readTree(request.getBody().readUtf8());
        assertThat(body.path("model").asText()).isEqualTo(MODEL);
        assertThat(body.path("options").path("temperature").asDouble()).isEqualTo(0.3);
        assertThat(body.path("options").path("num_predict").asInt()).isEqualTo(200);
    }

    @Test
    void should_ask_for_plain_json_mode_when_the_schema_goes_in_the_prompt() throws Exception {
        server.enqueue(textReply("{\"grade\":\"weak\",\"score\":3,\"reasons\":[]}", 4, 4));

        model().chat(question().toBuilder()
                .responseSchema(dev.mocksy.llm.JsonSchema.from(Verdict.class))
                .build());

        assertThat(sentBody().path("format").asText()).isEqualTo("json");
    }
}
