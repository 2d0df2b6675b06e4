package dev.mocksy.llm.gemini;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mocksy.AuthenticationException;
import dev.mocksy.ContentRefusedException;
import dev.mocksy.http.RetryPolicy;
import dev.mocksy.internal.MocksyJson;
import dev.mocksy.llm.ChatRequest;
import dev.mocksy.llm.ChatResponse;
import dev.mocksy.llm.FinishReason;
import dev.mocksy.llm.JsonSchema;
import dev.mocksy.llm.LanguageModel;
import dev.mocksy.llm.LanguageModels;
import dev.mocksy.spi.ProviderConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GeminiWireFormatTest {

    enum Level {
        JUNIOR,
        SENIOR
    }

    record Assessment(String summary, Level level, List<String> skills) {}

    private MockWebServer server;

    @BeforeEach
    void start() throws Exception {
        server = new MockWebServer();
        server.start();
    }

    @AfterEach
    void stop() throws Exception {
        server.shutdown();
    }

    private GeminiLanguageModel model() {
        return GeminiLanguageModel.builder()
                .apiKey("AIzaTestKey000000000001")
                .baseUrl(server.url("/v1beta").toString())
                .retryPolicy(RetryPolicy.none())
                .build();
    }

    private static JsonNode body(RecordedRequest request) throws Exception {
        return MocksyJson.mapper().readTree(request.getBody().readUtf8());
    }

    @Test
    void should_post_generate_content_with_system_instruction_contents_and_generation_config() throws Exception {
        server.enqueue(GeminiFixtures.reply("Hi", "STOP", 3, 1));

        model().chat(ChatRequest.builder()
                .system("Be brief.")
                .user("Hello")
                .assistant("Hi!")
                .user("Again")
                .temperature(0.2)
                .maxOutputTokens(50)
                .stop("END")
                .build());

        RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
        assertThat(request.getPath()).isEqualTo("/v1beta/models/gemini-flash-latest:generateContent");
        assertThat(request.getHeader("x-goog-api-key")).isEqualTo("AIzaTestKey000000000001");
        assertThat(request.getRequestUrl().queryParameter("key")).isNull();
        JsonNode body = body(request);
        assertThat(body.at("/systemInstruction/parts/0/text").asText()).isEqualTo("Be brief.");
        assertThat(body.get("contents")).hasSize(3);
        assertThat(body.at("/contents/0/role").asText()).isEqualTo("user");
        assertThat(body.at("/contents/0/parts/0/text").asText()).isEqualTo("Hello");
        assertThat(body.at("/contents/1/role").asText()).isEqualTo("model");
        assertThat(body.at("/generationConfig/temperature").asDouble()).isEqualTo(0.2);
        assertThat(body.at("/generationConfig/maxOutputTokens").asInt()).isEqualTo(50);
        assertThat(body.at("/generationConfig/stopSequences/0").asText()).isEqualTo("END");
        assertThat(body.at("/generationConfig/responseMimeType").isMissingNode())
                .isTrue();
    }

    @Test
    void should_ask_for_json_with_a_gemini_response_schema() throws Exception {
        server.enqueue(GeminiFixtures.reply("{\"summary\":\"s\",\"level\":\"SENIOR\",\"skills\":[]}", "STOP", 3, 1));

        model().chat(ChatRequest.builder()
                .user("Assess")
                .responseSchema(JsonSchema.from(Assessment.class))
                .build());

        JsonNode config = body(server.takeRequest(5, TimeUnit.SECONDS)).get("generationConfig");
        assertThat(config.get("responseMimeType").asText()).isEqualTo("application/json");
        JsonNode schema = config.get("responseSchema");
        assertThat(schema.get("type").asText()).isEqualTo("OBJECT");
        assertThat(schema.has("additionalProperties")).isFalse();
        assertThat(schema.at("/properties/level/type").asText()).isEqualTo("STRING");
        assertThat(schema.at("/properties/level/enum").toString()).isEqualTo("[\"JUNIOR\",\"SENIOR\"]");
        assertThat(schema.at("/properties/level/format").asText()).isEqualTo("enum");
        assertThat(schema.at("/properties/skills/type").asText()).isEqualTo("ARRAY");
        assertThat(schema.at("/properties/skills/items/type").asText()).isEqualTo("STRING");
        assertThat(schema.get("propertyOrdering").toString()).isEqualTo("[\"summary\",\"level\",\"skills\"]");
        assertThat(schema.get("required")).hasSize(3);
    }

    @Test
    void should_stream_from_stream_generate_content_with_alt_sse() throws Exception {
        server.enqueue(GeminiFixtures.stream(List.of("Hello ", "there."), true));
        List<String> pieces = new ArrayList<>();

        ChatResponse response = model().stream(ChatRequest.builder().user("Hi").build(), pieces::add);

        RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
        assertThat(request.getPath()).isEqualTo("/v1beta/models/gemini-flash-latest:streamGenerateContent?alt=sse");
        assertThat(pieces).containsExactly("Hello ", "there.");
        assertThat(response.usage().inputTokens()).isEqualTo(9);
    }

    @Test
    void should_leave_thoughts_out_of_the_text() {
        server.enqueue(
                GeminiFixtures.json(
                        200,
                        """
                {"candidates": [{"content": {"role": "model", "parts": [
                   {"text": "Let me think about indexes...", "thought": true},
                   {"text": "Indexes speed up reads."}]}, "finishReason": "STOP"}],
                 "usageMetadata": {"promptTokenCount": 5, "candidatesTokenCount": 4, "thoughtsTokenCount": 20}}
                """));

        ChatResponse response = model().chat(ChatRequest.builder().user("Hi").build());

        assertThat(response.text()).isEqualTo("Indexes speed up reads.");
    }

    @Test
    void should_map_a_safety_finish_to_content_refused() {
        server.enqueue(GeminiFixtures.reply("", "SAFETY", 3, 0));

        assertThatThrownBy(() -> model().chat(ChatRequest.builder().user("Hi").build()))
                .isInstanceOf(ContentRefusedException.class)
                .satisfies(
                        e -> assertThat(((ContentRefusedException) e).reason()).isEqualTo("SAFETY"));
    }

    @Test
    void should_report_a_truncated_reply_as_length() {
        server.enqueue(GeminiFixtures.reply("Indexes speed", "MAX_TOKENS", 3, 2));

        ChatResponse response = model().chat(ChatRequest.builder().user("Hi").build());

        assertThat(response.finishReason()).isEqualTo(FinishReason.LENGTH);
    }

    @Test
    void should_read_the_key_from_google_api_key_too() throws Exception {
        server.enqueue(GeminiFixtures.reply("Hi", "STOP", 3, 1));

        LanguageModel model = LanguageModels.create(
                "gemini",
                "gemini-2.5-pro",
                server.url("/v1beta").toString(),
                ProviderConfig.isolated(Map.of("google.api-key", "AIzaFromGoogleVar0000001")));
        model.chat(ChatRequest.builder().user("Hi").build());

        RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
        assertThat(request.getHeader("x-goog-api-key")).isEqualTo("AIzaFromGoogleVar0000001");
        assertThat(request.getPath()).isEqualTo("/v1beta/models/gemini-2.5-pro:generateContent");
    }

    @Test
    void should_fail_to_create_without_a_key_naming_both_variables() {
        assertThatThrownBy(() -> LanguageModels.create("gemini", null, null, ProviderConfig.isolated(Map.of())))
                .isInstanceOf(AuthenticationException.class)
                .hasMessageContaining("GEMINI_API_KEY")
                .hasMessageContaining("GOOGLE_API_KEY");
    }

    @Test
    void should_reject_a_model_name_with_a_path() {
        assertThatThrownBy(() -> GeminiLanguageModel.builder().model("models/gemini-2.5-flash"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bare model name");
    }
}
