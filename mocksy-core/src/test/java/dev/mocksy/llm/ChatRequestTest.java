package dev.mocksy.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ChatRequestTest {

    @Test
    void should_build_a_request_and_split_system_from_conversation() {
        ChatRequest request = ChatRequest.builder()
                .system("rules")
                .system("more rules")
                .user("hi")
                .assistant("hello")
                .temperature(0.1)
                .maxOutputTokens(10)
                .stop("END")
                .build();

        assertThat(request.systemPrompt()).isEqualTo("rules\n\nmore rules");
        assertThat(request.conversation())
                .extracting(ChatMessage::role)
                .containsExactly(ChatMessage.Role.USER, ChatMessage.Role.ASSISTANT);
        assertThat(request.toBuilder().build()).isEqualTo(request);
    }

    @Test
    void should_reject_out_of_range_settings_naming_the_field() {
        assertThatThrownBy(() -> ChatRequest.builder().build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("messages");
        assertThatThrownBy(
                        () -> ChatRequest.builder().user("x").temperature(3.0).build())
                .hasMessageContaining("temperature");
        assertThatThrownBy(
                        () -> ChatRequest.builder().user("x").maxOutputTokens(0).build())
                .hasMessageContaining("maxOutputTokens");
        assertThatThrownBy(() -> ChatRequest.builder().user("x").stop("").build())
                .hasMessageContaining("stop");
    }

    @Test
    void should_never_print_the_key() {
        ChatRequest request = ChatRequest.builder()
                .user("x")
                .apiKey(ApiKey.of("sk-secret-value-1"))
                .build();

        assertThat(request.toString()).doesNotContain("sk-secret-value-1").contains("redacted");
        assertThat(ApiKey.of("sk-secret-value-1").reveal()).isEqualTo("sk-secret-value-1");
        assertThatThrownBy(() -> ApiKey.of(" ")).isInstanceOf(IllegalArgumentException.class);
    }
}
