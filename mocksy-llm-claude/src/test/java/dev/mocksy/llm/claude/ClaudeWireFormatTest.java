package dev.mocksy.llm.claude;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mocksy.AuthenticationException;
import dev.mocksy.ProviderUnavailableException;
import dev.mocksy.StreamInterruptedException;
import dev.mocksy.http.RetryPolicy;
import dev.mocksy.internal.MocksyJson;
import dev.mocksy.llm.ChatRequest;
import dev.mocksy.llm.ChatResponse;
import dev.mocksy.llm.JsonSchema;
import dev.mocksy.llm.LanguageModels;
import dev.mocksy.llm.TokenUsage;
import dev.mocksy.spi.ProviderConfig;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ClaudeWireFormatTest {

    record Verdict(String grade, int score) {}

    private MockWebServer server;
    private final List<Duration> sleeps = new ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        server = new MockWebServer();
        server.start();
    }

    @AfterEach
    void stop() throws Exception {
        server.shutdown();
    }

    private ClaudeLanguageModel model(int attempts) {
        return ClaudeLanguageModel.builder()
                .apiKey("sk-ant-test-000000001")
                .baseUrl(server.url("/v1").toString())
                .retryPolicy(RetryPolicy.builder()
                        .maxAttempts(attempts)
                        .jitter(0)
                        .sleeper(sleeps::add)
                        .build())
                .build();
    }

    private static JsonNode body(RecordedRequest request) throws Exception {
        return MocksyJson.mapper().readTree(request.getBody().readUtf8());
    }

    @Test
    void should_post_messages_with_the_system_prompt_apart_and_the_version_header() throws Exception {
        server.enqueue(ClaudeFixtures.text("Hi", 3, 1));

        model(1).chat(ChatRequest.builder()
                .system("Be brief.")
                .user("Hello")
                .assistant("Hi!")
                .user("Again")
                .temperature(0.5)
                .maxOutputTokens(100)
                .stop("END")
                .build());

        RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
        assertThat(request.getPath()).isEqualTo("/v1/messages");
        assertThat(request.getHeader("x-api-key")).isEqualTo("sk-ant-test-000000001");
        assertThat(request.getHeader("anthropic-version")).isEqualTo("2023-06-01");
        assertThat(request.getHeader("Authorization")).isNull();
        JsonNode body = body(request);
        assertThat(body.get("model").asText()).isEqualTo("claude-sonnet-4-6");
        assertThat(body.get("system").asText()).isEqualTo("Be brief.");
        assertThat(body.get("messages")).hasSize(3);
        assertThat(body.at("/messages/0/role").asText()).isEqualTo("user");
        assertThat(body.at("/messages/1/role").asText()).isEqualTo("assistant");
        assertThat(body.at("/messages/2/content").asText()).isEqualTo("Again");
        assertThat(body.get("max_tokens").asInt()).isEqualTo(100);
        assertThat(body.get("temperature").asDouble()).isEqualTo(0.5);
        assertThat(body.at("/stop_sequences/0").asText()).isEqualTo("END");
        assertThat(body.has("tools")).isFalse();
    }

    @Test
    void should_always_send_max_tokens_because_the_api_requires_it() throws Exception {
        server.enqueue(ClaudeFixtures.text("Hi", 3, 1));

        model(1).chat(ChatRequest.builder().user("Hello").build());

        assertThat(body(server.takeRequest(5, TimeUnit.SECONDS))
                        .get("max_tokens")
                        .asInt())
                .isEqualTo(4096);
    }

    @Test
    void should_force_a_tool_for_structured_output_and_return_its_input() throws Exception {
        server.enqueue(ClaudeFixtures.toolUse("verdict", "{\"grade\": \"good\", \"score\": 7}"));

        ChatResponse response = model(1).chat(ChatRequest.builder()
                .user("Grade")
                .responseSchema(JsonSchema.from(Verdict.class))
                .build());

        JsonNode body = body(server.takeRequest(5, TimeUnit.SECONDS));
        assertThat(body.at("/tools/0/name").asText()).isEqualTo("verdict");
        assertThat(body.at("/tools/0/input_schema/type").asText()).isEqualTo("object");
        assertThat(body.at("/tools/0/input_schema/properties/score/type").asText())
                .isEqualTo("integer");
        assertThat(body.at("/tool_choice/type").asText()).isEqualTo("tool");
        assertThat(body.at("/tool_choice/name").asText()).isEqualTo("verdict");
        assertThat(MocksyJson.mapper().readValue(response.text(), Verdict.class))
                .isEqualTo(new Verdict("good", 7));
    }

    @Test
    void should_stream_input_json_deltas_of_a_forced_tool() {
        String events = ClaudeFixtures.event(
                        "message_start",
                        """
                        {"type":"message_start","message":{"id":"msg_1","type":"message","role":"assistant",\
                        "content":[],"model":"claude-sonnet-4-5-20250929","stop_reason":null,"usage":\
                        {"input_tokens":40,"output_tokens":1}}}""")
                + ClaudeFixtures.event(
                        "content_block_start",
                        """
                        {"type":"content_block_start","index":0,"content_block":{"type":"tool_use",\
                        "id":"toolu_01T1x1fJ34qAmk2tNTrN7Up6","name":"verdict","input":{}}}""")
                + ClaudeFixtures.event(
                        "content_block_delta",
                        """
                        {"type":"content_block_delta","index":0,"delta":{"type":"input_json_delta","partial_json":""}}""")
                + ClaudeFixtures.event(
                        "content_block_delta",
                        """
                        {"type":"content_block_delta","index":0,"delta":{"type":"input_json_delta",\
                        "partial_json":"{\\"grade\\": \\"ok\\","}}""")
                + ClaudeFixtures.event(
                        "content_block_delta",
                        """
                        {"type":"content_block_delta","index":0,"delta":{"type":"input_json_delta",\
                        "partial_json":" \\"score\\": 5}"}}""")
                + ClaudeFixtures.event("content_block_stop", "{\"type\":\"content_block_stop\",\"index\":0}")
                + ClaudeFixtures.event(
                        "message_delta",
                        """
                        {"type":"message_delta","delta":{"stop_reason":"tool_use","stop_sequence":null},\
                        "usage":{"output_tokens":18}}""")
                + ClaudeFixtures.event("message_stop", "{\"type\":\"message_stop\"}");
        server.enqueue(new MockResponse()
                .setHeader("Content-Type", "text/event-stream")
                .setBody(events));
        List<String> pieces = new ArrayList<>();

        ChatResponse response = model(1).stream(
                ChatRequest.builder()
                        .user("Grade")
                        .responseSchema(JsonSchema.from(Verdict.class))
                        .build(),
                pieces::add);

        assertThat(pieces).containsExactly("{\"grade\": \"ok\",", " \"score\": 5}");
        assertThat(response.text()).isEqualTo("{\"grade\": \"ok\", \"score\": 5}");
        assertThat(response.usage()).isEqualTo(new TokenUsage(40, 18));
    }

    @Test
    void should_retry_an_overloaded_error_event_that_arrives_before_any_text() {
        server.enqueue(new MockResponse()
                .setHeader("Content-Type", "text/event-stream")
                .setBody(ClaudeFixtures.event("error", ClaudeFixtures.errorBody("overloaded_error", "Overloaded"))));
        server.enqueue(ClaudeFixtures.stream(List.of("Back."), true));

        ChatResponse response = model(2).stream(ChatRequest.builder().user("Hi").build(), delta -> {});

        assertThat(response.text()).isEqualTo("Back.");
        assertThat(sleeps).hasSize(1);
    }

    @Test
    void should_report_an_error_event_in_the_middle_of_a_stream_as_interrupted() {
        String body = ClaudeFixtures.stream(List.of("Half "), false).getBody().readUtf8()
                + ClaudeFixtures.event("error", ClaudeFixtures.errorBody("overloaded_error", "Overloaded"));
        server.enqueue(new MockResponse()
                .setHeader("Content-Type", "text/event-stream")
                .setBody(body));

        Throwable thrown = catchThrowable(
                () -> model(3).stream(ChatRequest.builder().user("Hi").build(), d -> {}));

        assertThat(thrown).isInstanceOf(StreamInterruptedException.class);
        assertThat(thrown.getCause()).isInstanceOf(ProviderUnavailableException.class);
        assertThat(((StreamInterruptedException) thrown).partialText()).isEqualTo("Half ");
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void should_fail_to_create_without_a_key_naming_the_variable() {
        assertThatThrownBy(() -> LanguageModels.create("claude", null, null, ProviderConfig.isolated(Map.of())))
                .isInstanceOf(AuthenticationException.class)
                .hasMessageContaining("ANTHROPIC_API_KEY");
    }

    @Test
    void should_be_discovered_with_its_settings() throws Exception {
        server.enqueue(ClaudeFixtures.text("Hi", 3, 1));

        LanguageModels.create(
                        "Claude",
                        "claude-haiku-4-5",
                        server.url("/v1").toString(),
                        ProviderConfig.isolated(Map.of("anthropic.api-key", "sk-ant-settings-0001")))
                .chat(ChatRequest.builder().user("Hi").build());

        RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
        assertThat(request.getHeader("x-api-key")).isEqualTo("sk-ant-settings-0001");
        assertThat(body(request).get("model").asText()).isEqualTo("claude-haiku-4-5");
    }
}
