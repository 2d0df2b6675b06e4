package dev.mocksy.llm.openai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mocksy.AuthenticationException;
import dev.mocksy.internal.MocksyJson;
import dev.mocksy.llm.ApiKey;
import dev.mocksy.llm.ChatRequest;
import dev.mocksy.llm.ChatResponse;
import dev.mocksy.llm.JsonSchema;
import dev.mocksy.llm.LanguageModel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Against the real API; runs only when OPENAI_API_KEY is set, since it costs money and needs the network. */
class OpenAiLiveIT {

    record Capital(String country, String city) {}

    private String key;

    @BeforeEach
    void needsKey() {
        key = System.getenv("OPENAI_API_KEY");
        Assumptions.assumeTrue(
                key != null && !key.isBlank(), "set OPENAI_API_KEY to run the live tests against the real API");
    }

    private LanguageModel model() {
        return OpenAiLanguageModel.builder().apiKey(key).build();
    }

    @Test
    void should_answer_a_short_question() {
        ChatResponse response = model().chat(ChatRequest.builder()
                .system("Answer with one word.")
                .user("What is the capital of France?")
                .maxOutputTokens(1000)
                .build());

        assertThat(response.text()).containsIgnoringCase("paris");
        assertThat(response.usage().inputTokens()).isPositive();
    }

    @Test
    void should_return_structured_json() throws Exception {
        ChatResponse response = model().chat(ChatRequest.builder()
                .user("Give the capital of Japan.")
                .responseSchema(JsonSchema.from(Capital.class))
                .maxOutputTokens(1000)
                .build());

        Capital capital = MocksyJson.mapper().readValue(response.text(), Capital.class);
        assertThat(capital.city()).containsIgnoringCase("tokyo");
    }

    @Test
    void should_stream() {
        List<String> pieces = new ArrayList<>();

        ChatResponse response = model().stream(
                ChatRequest.builder()
                        .user("Count from one to five in words.")
                        .maxOutputTokens(1000)
                        .build(),
                pieces::add);

        assertThat(pieces).isNotEmpty();
        assertThat(String.join("", pieces)).isEqualTo(response.text());
    }

    @Test
    void should_reject_a_wrong_key_with_an_authentication_error() {
        assertThatThrownBy(() -> model().chat(ChatRequest.builder()
                        .user("Hi")
                        .apiKey(ApiKey.of("wrong-key-0000000000000000000000"))
                        .build()))
                .isInstanceOf(AuthenticationException.class);
    }
}
