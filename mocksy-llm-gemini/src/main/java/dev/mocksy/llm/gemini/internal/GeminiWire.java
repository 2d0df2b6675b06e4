package dev.mocksy.llm.gemini.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** The generateContent wire format, as in the Gemini API reference. Package-private DTOs. */
final class GeminiWire {

    private GeminiWire() {}

    record Request(Content systemInstruction, List<Content> contents, GenerationConfig generationConfig) {}

    record Content(String role, List<Part> parts) {}

    record Part(String text, Boolean thought) {}

    record GenerationConfig(
            Double temperature,
            Integer maxOutputTokens,
            List<String> stopSequences,
            String responseMimeType,
            JsonNode responseSchema) {}

    record Response(
            List<Candidate> candidates,
            PromptFeedback promptFeedback,
            UsageMetadata usageMetadata,
            String modelVersion,
            JsonNode error) {}

    record Candidate(Content content, String finishReason, Integer index) {}

    record PromptFeedback(String blockReason, String blockReasonMessage) {}

    record UsageMetadata(Integer promptTokenCount, Integer candidatesTokenCount, Integer totalTokenCount) {}
}
