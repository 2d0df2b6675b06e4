package dev.mocksy.llm;

import java.util.List;

/**
 * A request to a language model.
 *
 * @param messages the conversation, oldest first
 * @param temperature sampling temperature, or {@code null} for the provider's default
 * @param maxOutputTokens the most tokens to generate, or {@code null} for the provider's default
 * @param stop sequences that end generation, possibly empty
 */
public record ChatRequest(List<ChatMessage> messages, Double temperature, Integer maxOutputTokens, List<String> stop) {

    public ChatRequest {
        messages = List.copyOf(messages);
        if (messages.isEmpty()) {
            throw new IllegalArgumentException("messages must not be empty");
        }
        stop = List.copyOf(stop == null ? List.of() : stop);
    }

    /** A request with the given messages and the provider's defaults. */
    public static ChatRequest of(ChatMessage... messages) {
        return new ChatRequest(List.of(messages), null, null, List.of());
    }
}
