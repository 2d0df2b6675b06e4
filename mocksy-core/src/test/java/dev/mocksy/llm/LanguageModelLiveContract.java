package dev.mocksy.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mocksy.AuthenticationException;
import dev.mocksy.internal.MocksyJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link LanguageModel} must do against its provider's real API. A provider module's {@code *LiveIT} extends
 * this class, naming the environment variable holding its key; the tests run only when that variable is set, since
 * they cost money and need the network.
 */
public abstract class LanguageModelLiveContract {

    record Capital(String country, String city) {}

    private String key;

    /**
     * The environment variables that may hold the API key, in order: the first one set wins, and the first is named
     * in the skip message when none is.
     */
    protected abstract List<String> keyVariables();

    /** Builds the provider's model with the given real API key and otherwise default settings. */
    protected abstract LanguageModel model(String apiKey);

    @BeforeEach
    void needsKey() {
        key = keyVariables().stream()
                .map(System::getenv)
                .filter(Objects::nonNull)
                .findFirst()
                .orElse(null);
        Assumptions.assumeTrue(
                key != null && !key.isBlank(),
                "set " + keyVariables().get(0) + " to run the live tests against the real API");
    }

    private LanguageModel model() {
        return model(key);
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
