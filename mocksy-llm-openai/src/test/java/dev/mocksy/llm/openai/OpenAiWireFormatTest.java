package dev.mocksy.llm.openai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mocksy.AuthenticationException;
import dev.mocksy.ContentRefusedException;
import dev.mocksy.QuotaExhaustedException;
import dev.mocksy.UnsupportedInputException;
import dev.mocksy.http.RetryPolicy;
import dev.mocksy.internal.MocksyJson;
import dev.mocksy.llm.ChatRequest;
import dev.mocksy.llm.JsonSchema;
import dev.mocksy.llm.LanguageModel;
import dev.mocksy.llm.LanguageModelContract.ErrorKind;
import dev.mocksy.llm.LanguageModels;
import dev.mocksy.speech.AudioClip;
import dev.mocksy.speech.TextToSpeech;
import dev.mocksy.spi.ProviderConfig;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OpenAiWireFormatTest {

    record Score(String verdict, double score) {}

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

    private OpenAiLanguageModel model() {
        return OpenAiLanguageModel.builder()
                .apiKey("test-key-1")
                .model("gpt-4.1-mini")
                .baseUrl(server.url("/v1").toString())
                .retryPolicy(RetryPolicy.none())
                .build();
    }

    private RecordedRequest taken() throws InterruptedException {
        return server.takeRequest(5, TimeUnit.SECONDS);
    }

    private static JsonNode body(RecordedRequest request) throws Exception {
        return MocksyJson.mapper().readTree(request.getBody().readUtf8());
    }

    @Test
    void should_post_messages_and_sampling_settings_as_chat_completions_expects() throws Exception {
        server.enqueue(OpenAiFixtures.completion("Hi", "stop", 3, 1));

        model().chat(ChatRequest.builder()
                .system("Be brief.")
                .user("Hello")
                .assistant("Hi!")
                .user("Again")
                .temperature(0.4)
                .maxOutputTokens(64)
                .stop("\n\n", "END")
                .build());

        RecordedRequest request = taken();
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getPath()).isEqualTo("/v1/chat/completions");
        assertThat(request.getHeader("Authorization")).isEqualTo("Bearer test-key-1");
        assertThat(request.getHeader("Content-Type")).startsWith("application/json");
        JsonNode body = body(request);
        assertThat(body.get("model").asText()).isEqualTo("gpt-4.1-mini");
        assertThat(body.get("messages")).hasSize(4);
        assertThat(body.at("/messages/0/role").asText()).isEqualTo("system");
        assertThat(body.at("/messages/0/content").asText()).isEqualTo("Be brief.");
        assertThat(body.at("/messages/2/role").asText()).isEqualTo("assistant");
        assertThat(body.at("/messages/3/content").asText()).isEqualTo("Again");
        assertThat(body.get("temperature").asDouble()).isEqualTo(0.4);
        assertThat(body.get("max_completion_tokens").asInt()).isEqualTo(64);
        assertThat(body.has("max_tokens")).isFalse();
        assertThat(body.get("stop")).hasSize(2);
        assertThat(body.has("stream")).isFalse();
        assertThat(body.has("response_format")).isFalse();
    }

    @Test
    void should_omit_unset_settings() throws Exception {
        server.enqueue(OpenAiFixtures.completion("Hi", "stop", 3, 1));

        model().chat(ChatRequest.builder().user("Hello").build());

        JsonNode body = body(taken());
        assertThat(body.has("temperature")).isFalse();
        assertThat(body.has("max_completion_tokens")).isFalse();
        assertThat(body.has("stop")).isFalse();
    }

    @Test
    void should_ask_for_a_strict_json_schema() throws Exception {
        server.enqueue(OpenAiFixtures.completion("{\"verdict\":\"ok\",\"score\":7.5}", "stop", 3, 5));

        model().chat(ChatRequest.builder()
                .user("Grade it")
                .responseSchema(JsonSchema.from(Score.class))
                .build());

        JsonNode format = body(taken()).get("response_format");
        assertThat(format.get("type").asText()).isEqualTo("json_schema");
        assertThat(format.at("/json_schema/name").asText()).isEqualTo("score");
        assertThat(format.at("/json_schema/strict").asBoolean()).isTrue();
        assertThat(format.at("/json_schema/schema/type").asText()).isEqualTo("object");
        assertThat(format.at("/json_schema/schema/additionalProperties").asBoolean(true))
                .isFalse();
        assertThat(format.at("/json_schema/schema/required").toString()).isEqualTo("[\"verdict\",\"score\"]");
        assertThat(format.at("/json_schema/schema/properties/score/type").asText())
                .isEqualTo("number");
    }

    @Test
    void should_stream_with_usage_requested_and_read_the_usage_chunk() throws Exception {
        server.enqueue(OpenAiFixtures.stream(List.of("a", "b"), true));

        var response = model().stream(ChatRequest.builder().user("Hi").build(), delta -> {});

        JsonNode body = body(taken());
        assertThat(body.get("stream").asBoolean()).isTrue();
        assertThat(body.at("/stream_options/include_usage").asBoolean()).isTrue();
        assertThat(response.usage().inputTokens()).isEqualTo(12);
        assertThat(response.usage().outputTokens()).isEqualTo(2);
        assertThat(response.model()).isEqualTo("gpt-4.1-mini-2025-04-14");
    }

    @Test
    void should_not_send_a_temperature_to_reasoning_models_that_reject_it() throws Exception {
        server.enqueue(OpenAiFixtures.completion("Hi", "stop", 3, 1));
        server.enqueue(OpenAiFixtures.completion("Hi", "stop", 3, 1));
        ChatRequest request = ChatRequest.builder().user("Hi").temperature(0.2).build();

        model().chat(request.toBuilder().model("gpt-5-mini").build());
        model().chat(request.toBuilder().model("o4-mini").build());

        assertThat(body(taken()).has("temperature")).isFalse();
        assertThat(body(taken()).has("temperature")).isFalse();
    }

    @Test
    void should_send_max_tokens_to_servers_that_want_the_legacy_field() throws Exception {
        server.enqueue(OpenAiFixtures.completion("Hi", "stop", 3, 1));
        LanguageModel legacy = OpenAiLanguageModel.builder()
                .apiKey("k-123456")
                .baseUrl(server.url("/ollama/v1/").toString())
                .legacyMaxTokens(true)
                .build();

        legacy.chat(ChatRequest.builder().user("Hi").maxOutputTokens(10).build());

        RecordedRequest request = taken();
        assertThat(request.getPath()).isEqualTo("/ollama/v1/chat/completions");
        JsonNode body = body(request);
        assertThat(body.get("max_tokens").asInt()).isEqualTo(10);
        assertThat(body.has("max_completion_tokens")).isFalse();
    }

    @Test
    void should_send_an_azure_key_in_the_api_key_header_only() throws Exception {
        server.enqueue(OpenAiFixtures.completion("Hi", "stop", 3, 1));
        LanguageModel azure = OpenAiLanguageModel.builder()
                .apiKey("azure-key-123456")
                .apiKeyHeader("api-key")
                .baseUrl(server.url("/openai/v1").toString())
                .build();

        azure.chat(ChatRequest.builder().user("Hi").build());

        RecordedRequest request = taken();
        assertThat(request.getPath()).isEqualTo("/openai/v1/chat/completions");
        assertThat(request.getHeader("api-key")).isEqualTo("azure-key-123456");
        assertThat(request.getHeader("Authorization")).isNull();
    }

    @Test
    void should_map_a_content_filter_finish_to_content_refused() {
        server.enqueue(OpenAiFixtures.completion("", "content_filter", 3, 0));

        assertThatThrownBy(() -> model().chat(ChatRequest.builder().user("Hi").build()))
                .isInstanceOf(ContentRefusedException.class)
                .hasMessageContaining("content filter");
    }

    @Test
    void should_tell_quota_apart_from_rate_limits() {
        server.enqueue(OpenAiFixtures.error(ErrorKind.QUOTA, 0));

        assertThatThrownBy(() -> model().chat(ChatRequest.builder().user("Hi").build()))
                .isInstanceOf(QuotaExhaustedException.class)
                .hasMessageContaining("quota");
    }

    @Test
    void should_not_quote_the_providers_message_for_a_rejected_key() {
        server.enqueue(OpenAiFixtures.error(ErrorKind.BAD_KEY, 0));

        assertThatThrownBy(() -> model().chat(ChatRequest.builder().user("Hi").build()))
                .isInstanceOf(AuthenticationException.class)
                .hasMessageContaining("openai")
                .hasMessageContaining("OPENAI_API_KEY")
                .hasMessageNotContaining("CANAR");
    }

    @Test
    void should_be_discovered_and_configured_through_settings() throws Exception {
        server.enqueue(OpenAiFixtures.completion("Hi", "stop", 3, 1));

        LanguageModel model = LanguageModels.create(
                "openai",
                "gpt-4.1",
                server.url("/v1").toString(),
                ProviderConfig.isolated(Map.of("openai.api-key", "from-settings-99")));
        model.chat(ChatRequest.builder().user("Hi").build());

        RecordedRequest request = taken();
        assertThat(request.getHeader("Authorization")).isEqualTo("Bearer from-settings-99");
        assertThat(body(request).get("model").asText()).isEqualTo("gpt-4.1");
        assertThat(model.name()).isEqualTo("openai/gpt-4.1");
    }

    @Test
    void should_fail_to_create_without_a_key_naming_the_variable() {
        assertThatThrownBy(() -> LanguageModels.create("openai", null, null, ProviderConfig.isolated(Map.of())))
                .isInstanceOf(AuthenticationException.class)
                .hasMessageContaining("OPENAI_API_KEY");
    }

    @Test
    void should_name_the_providers_found_when_the_chosen_one_is_missing() {
        assertThatThrownBy(() -> LanguageModels.create(
                        "mistral", null, null, ProviderConfig.isolated(Map.of("openai.api-key", "k-1234567"))))
                .isInstanceOf(dev.mocksy.ProviderSelectionException.class)
                .hasMessageContaining("mistral")
                .hasMessageContaining("'openai'");
    }

    @Test
    void should_reject_a_base_url_that_is_not_http() {
        assertThatThrownBy(() -> OpenAiLanguageModel.builder().baseUrl("ftp://x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("baseUrl");
    }

    @Test
    void should_synthesize_speech_as_24khz_pcm() throws Exception {
        byte[] pcm = new byte[4800];
        for (int i = 0; i < pcm.length; i++) {
            pcm[i] = (byte) (i % 7);
        }
        server.enqueue(new MockResponse().setHeader("Content-Type", "audio/pcm").setBody(new Buffer().write(pcm)));
        TextToSpeech voice = OpenAiTextToSpeech.builder()
                .apiKey("tts-key-42")
                .voice("coral")
                .baseUrl(server.url("/v1").toString())
                .retryPolicy(RetryPolicy.none())
                .build();

        AudioClip clip = voice.synthesize("Tell me about yourself.");

        RecordedRequest request = taken();
        assertThat(request.getPath()).isEqualTo("/v1/audio/speech");
        assertThat(request.getHeader("Authorization")).isEqualTo("Bearer tts-key-42");
        JsonNode body = body(request);
        assertThat(body.get("model").asText()).isEqualTo("gpt-4o-mini-tts");
        assertThat(body.get("input").asText()).isEqualTo("Tell me about yourself.");
        assertThat(body.get("voice").asText()).isEqualTo("coral");
        assertThat(body.get("response_format").asText()).isEqualTo("pcm");
        assertThat(clip.sampleRate()).isEqualTo(24_000);
        assertThat(clip.channels()).isEqualTo(1);
        assertThat(clip.pcm()).isEqualTo(pcm);
        assertThat(clip.durationSeconds()).isEqualTo(0.1);
    }

    @Test
    void should_use_the_voice_only_when_chosen_and_then_with_its_settings() throws Exception {
        ProviderConfig keyOnly = ProviderConfig.isolated(Map.of("openai.api-key", "tts-from-settings-1"));
        assertThat(dev.mocksy.spi.ProviderRegistry.create()
                        .createIfPresent(dev.mocksy.spi.Capability.TEXT_TO_SPEECH, keyOnly))
                .as("a key alone chooses nothing")
                .isEmpty();
        server.enqueue(new MockResponse().setBody(new Buffer().write(new byte[480])));
        TextToSpeech voice = dev.mocksy.spi.ProviderRegistry.create()
                .create(
                        dev.mocksy.spi.Capability.TEXT_TO_SPEECH,
                        ProviderConfig.isolated(Map.of(
                                "mocksy.text-to-speech", "openai",
                                "openai.api-key", "tts-from-settings-1",
                                "mocksy.openai.voice", "sage",
                                "mocksy.openai.base-url", server.url("/v1").toString())));

        voice.synthesize("Hello.");

        RecordedRequest request = taken();
        assertThat(request.getHeader("Authorization")).isEqualTo("Bearer tts-from-settings-1");
        assertThat(body(request).get("voice").asText()).isEqualTo("sage");
    }

    @Test
    void should_refuse_text_the_speech_api_cannot_take() {
        TextToSpeech voice = OpenAiTextToSpeech.builder()
                .apiKey("tts-key-42")
                .baseUrl(server.url("/v1").toString())
                .build();

        assertThatThrownBy(() -> voice.synthesize("  ")).isInstanceOf(UnsupportedInputException.class);
        assertThatThrownBy(() -> voice.synthesize("a".repeat(4097)))
                .isInstanceOf(UnsupportedInputException.class)
                .hasMessageContaining("4096");
        assertThat(server.getRequestCount()).isZero();
    }
}
