package dev.mocksy.llm;

import java.util.Objects;

/**
 * A language model's reply.
 *
 * @param text the generated text; for a structured request, the JSON document
 * @param usage the tokens the call consumed
 * @param model the model that answered
 * @param finishReason why generation stopped
 */
public record ChatResponse(String text, TokenUsage usage, String model, FinishReason finishReason) {

    public ChatResponse {
        Objects.requireNonNull(text, "text");
        usage = usage == null ? TokenUsage.NONE : usage;
        model = model == null ? "" : model;
        finishReason = finishReason == null ? FinishReason.STOP : finishReason;
    }

    /** A reply that finished normally. */
    public ChatResponse(String text, TokenUsage usage, String model) {
        this(text, usage, model, FinishReason.STOP);
    }
}
