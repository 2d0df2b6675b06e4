package dev.mocksy.llm;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A request to a language model.
 *
 * <pre>{@code
 * ChatRequest request = ChatRequest.builder()
 *         .system("You are a strict interviewer.")
 *         .user("Ask me one SQL question.")
 *         .temperature(0.2)
 *         .maxOutputTokens(300)
 *         .build();
 * }</pre>
 *
 * @param messages the conversation, oldest first
 * @param temperature sampling temperature, or {@code null} for the provider's default
 * @param maxOutputTokens the most tokens to generate, or {@code null} for the provider's default
 * @param stop sequences that end generation, possibly empty
 * @param responseSchema the JSON Schema the reply must follow, or {@code null} for free text
 * @param apiKey the key for this request only (bring your own key), or {@code null} for the model's own key
 * @param model the model for this request only, or {@code null} for the model's configured one
 */
public record ChatRequest(
        List<ChatMessage> messages,
        Double temperature,
        Integer maxOutputTokens,
        List<String> stop,
        JsonSchema responseSchema,
        ApiKey apiKey,
        String model) {

    public ChatRequest {
        messages = List.copyOf(Objects.requireNonNull(messages, "messages"));
        if (messages.isEmpty()) {
            throw new IllegalArgumentException("messages must not be empty");
        }
        if (temperature != null && (temperature.isNaN() || temperature < 0 || temperature > 2)) {
            throw new IllegalArgumentException("temperature must be between 0 and 2, got " + temperature);
        }
        if (maxOutputTokens != null && maxOutputTokens < 1) {
            throw new IllegalArgumentException("maxOutputTokens must be positive, got " + maxOutputTokens);
        }
        stop = List.copyOf(stop == null ? List.of() : stop);
        if (stop.stream().anyMatch(s -> s == null || s.isEmpty())) {
            throw new IllegalArgumentException("stop sequences must not be empty");
        }
        if (model != null && model.isBlank()) {
            throw new IllegalArgumentException("model must not be blank when given");
        }
    }

    /** A request with the given messages and the provider's defaults. */
    public static ChatRequest of(ChatMessage... messages) {
        return new ChatRequest(List.of(messages), null, null, List.of(), null, null, null);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this request's values. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.messages.addAll(messages);
        builder.stop.addAll(stop);
        return builder.temperature(temperature)
                .maxOutputTokens(maxOutputTokens)
                .responseSchema(responseSchema)
                .apiKey(apiKey)
                .model(model);
    }

    /** The system messages joined, for providers that take the system prompt apart from the chat. */
    public String systemPrompt() {
        return String.join(
                "\n\n",
                messages.stream()
                        .filter(m -> m.role() == ChatMessage.Role.SYSTEM)
                        .map(ChatMessage::content)
                        .toList());
    }

    /** The user and assistant messages, in order. */
    public List<ChatMessage> conversation() {
        return messages.stream()
                .filter(m -> m.role() != ChatMessage.Role.SYSTEM)
                .toList();
    }

    /** Builds a {@link ChatRequest}. */
    public static final class Builder {
        private final List<ChatMessage> messages = new ArrayList<>();
        private final List<String> stop = new ArrayList<>();
        private Double temperature;
        private Integer maxOutputTokens;
        private JsonSchema responseSchema;
        private ApiKey apiKey;
        private String model;

        private Builder() {}

        public Builder message(ChatMessage message) {
            messages.add(Objects.requireNonNull(message, "message"));
            return this;
        }

        public Builder messages(List<ChatMessage> messages) {
            messages.forEach(this::message);
            return this;
        }

        public Builder system(String content) {
            return message(ChatMessage.system(content));
        }

        public Builder user(String content) {
            return message(ChatMessage.user(content));
        }

        public Builder assistant(String content) {
            return message(ChatMessage.assistant(content));
        }

        public Builder temperature(Double temperature) {
            this.temperature = temperature;
            return this;
        }

        public Builder maxOutputTokens(Integer maxOutputTokens) {
            this.maxOutputTokens = maxOutputTokens;
            return this;
        }

        public Builder stop(String... sequences) {
            stop.addAll(List.of(sequences));
            return this;
        }

        /** Asks for JSON that follows the schema; see {@link JsonSchema#from(Class)}. */
        public Builder responseSchema(JsonSchema responseSchema) {
            this.responseSchema = responseSchema;
            return this;
        }

        /** The key for this request only, overriding the model's configured key. */
        public Builder apiKey(ApiKey apiKey) {
            this.apiKey = apiKey;
            return this;
        }

        /** The model for this request only. */
        public Builder model(String model) {
            this.model = model;
            return this;
        }

        public ChatRequest build() {
            return new ChatRequest(messages, temperature, maxOutputTokens, stop, responseSchema, apiKey, model);
        }
    }
}
