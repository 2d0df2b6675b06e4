package dev.mocksy.llm.claude.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** The Messages API wire format, as in Anthropic's API reference. Package-private DTOs. */
final class MessagesWire {

    private MessagesWire() {}

    record Request(
            String model,
            @JsonProperty("max_tokens") int maxTokens,
            String system,
            List<Message> messages,
            Double temperature,
            @JsonProperty("stop_sequences") List<String> stopSequences,
            List<Tool> tools,
            @JsonProperty("tool_choice") ToolChoice toolChoice,
            Boolean stream) {}

    record Message(String role, String content) {}

    record Tool(String name, String description, @JsonProperty("input_schema") JsonNode inputSchema) {}

    record ToolChoice(String type, String name) {}

    record Response(
            String id,
            String type,
            String role,
            String model,
            List<ContentBlock> content,
            @JsonProperty("stop_reason") String stopReason,
            Usage usage) {}

    record ContentBlock(String type, String text, String id, String name, JsonNode input) {}

    record Usage(
            @JsonProperty("input_tokens") Integer inputTokens, @JsonProperty("output_tokens") Integer outputTokens) {}

    /** One event of a stream; which fields are set depends on {@link #type()}. */
    record StreamEvent(
            String type,
            Response message,
            Integer index,
            @JsonProperty("content_block") ContentBlock contentBlock,
            Delta delta,
            Usage usage,
            JsonNode error) {}

    record Delta(
            String type,
            String text,
            @JsonProperty("partial_json") String partialJson,
            @JsonProperty("stop_reason") String stopReason) {}
}
