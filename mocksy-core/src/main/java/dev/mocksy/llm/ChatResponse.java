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

    /** A builder for {@link ChatResponse}; every field is checked when {@link Builder#build()} runs. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this value's fields, to change some of them. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Builds a {@link ChatResponse}. */
    public static final class Builder {
        private String text;
        private TokenUsage usage;
        private String model;
        private FinishReason finishReason;

        private Builder() {}

        private Builder(ChatResponse source) {
            text = source.text;
            usage = source.usage;
            model = source.model;
            finishReason = source.finishReason;
        }

        public Builder text(String text) {
            this.text = text;
            return this;
        }

        public Builder usage(TokenUsage usage) {
            this.usage = usage;
            return this;
        }

        public Builder model(String model) {
            this.model = model;
            return this;
        }

        public Builder finishReason(FinishReason finishReason) {
            this.finishReason = finishReason;
            return this;
        }

        /**
         * Builds the value.
         *
         * @throws IllegalArgumentException or {@link NullPointerException} naming the field that is missing or
         *     out of range
         */
        public ChatResponse build() {
            return new ChatResponse(text, usage, model, finishReason);
        }
    }
}
