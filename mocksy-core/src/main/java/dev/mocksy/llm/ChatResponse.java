package dev.mocksy.llm;

import java.util.Objects;

/**
 * A language model's reply.
 *
 * @param text the generated text
 * @param usage the tokens the call consumed
 * @param model the model that answered
 */
public record ChatResponse(String text, TokenUsage usage, String model) {

    public ChatResponse {
        Objects.requireNonNull(text, "text");
    }
}
