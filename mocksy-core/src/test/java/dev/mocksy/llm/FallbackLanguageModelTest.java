package dev.mocksy.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mocksy.InvalidRequestException;
import dev.mocksy.ProviderUnavailableException;
import dev.mocksy.RateLimitException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FallbackLanguageModelTest {

    private final List<String> called = new ArrayList<>();

    private LanguageModel answering(String name, String text) {
        return request -> {
            called.add(name);
            return new ChatResponse(text, TokenUsage.NONE, name, FinishReason.STOP);
        };
    }

    private LanguageModel failing(String name, RuntimeException failure) {
        return request -> {
            called.add(name);
            throw failure;
        };
    }

    @Test
    void should_answer_from_the_first_model_that_works() {
        LanguageModel chain = LanguageModels.fallback(
                failing("a", new ProviderUnavailableException("a", 503, "down", null)), answering("b", "from b"));

        ChatResponse response = chain.chat(ChatRequest.of(ChatMessage.user("hi")));

        assertThat(response.text()).isEqualTo("from b");
        assertThat(called).containsExactly("a", "b");
    }

    @Test
    void should_throw_the_last_failure_with_the_earlier_ones_attached() {
        LanguageModel chain = LanguageModels.fallback(
                failing("a", new ProviderUnavailableException("a", 503, "down", null)),
                failing("b", new RateLimitException("b", "slow", null)));

        assertThatThrownBy(() -> chain.chat(ChatRequest.of(ChatMessage.user("hi"))))
                .isInstanceOf(RateLimitException.class)
                .satisfies(e -> assertThat(e.getSuppressed()).hasSize(1));
    }

    @Test
    void should_not_pass_on_a_request_the_provider_rejected() {
        LanguageModel chain = LanguageModels.fallback(
                failing("a", new InvalidRequestException("a", 400, "bad")), answering("b", "never"));

        assertThatThrownBy(() -> chain.chat(ChatRequest.of(ChatMessage.user("hi"))))
                .isInstanceOf(InvalidRequestException.class);
        assertThat(called).containsExactly("a");
    }

    @Test
    void should_stream_through_the_default_implementation() {
        LanguageModel chain = LanguageModels.fallback(answering("a", "whole reply"));
        List<String> pieces = new ArrayList<>();

        chain.stream(ChatRequest.of(ChatMessage.user("hi")), pieces::add);

        assertThat(pieces).containsExactly("whole reply");
    }
}
