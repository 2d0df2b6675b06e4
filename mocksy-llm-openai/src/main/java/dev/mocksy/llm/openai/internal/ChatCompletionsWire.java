package dev.mocksy.llm.openai.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** The Chat Completions wire format, as in OpenAI's API reference. Package-private DTOs. */
final class ChatCompletionsWire {

    private ChatCompletionsWire() {}

    record Request(
            String model,
            List<Message> messages,
            Double temperature,
            @JsonProperty("max_completion_tokens") Integer maxCompletionTokens,
            @JsonProperty("max_tokens") Integer maxTokens,
            List<String> stop,
            @JsonProperty("response_format") ResponseFormat responseFormat,
            Boolean stream,
            @JsonProperty("stream_options") StreamOptions streamOptions) {}

    record Message(String role, String content) {}

    record ResponseFormat(String type, @JsonProperty("json_schema") SchemaSpec jsonSchema) {}

    record SchemaSpec(String name, boolean strict, JsonNode schema) {}

    record StreamOptions(@JsonProperty("include_usage") boolean includeUsage) {}

    /** A {@code chat.completion} or, when streaming, a {@code chat.completion.chunk}. */
    record Completion(String id, String object, String model, List<Choice> choices, Usage usage, JsonNode error) {}

    record Choice(
            int index,
            AssistantMessage message,
            AssistantMessage delta,
            @JsonProperty("finish_reason") String finishReason) {}

    record AssistantMessage(String role, String content, String refusal) {}

    record Usage(
            @JsonProperty("prompt_tokens") int promptTokens,
            @JsonProperty("completion_tokens") int completionTokens,
            @JsonProperty("total_tokens") int totalTokens) {}
}
