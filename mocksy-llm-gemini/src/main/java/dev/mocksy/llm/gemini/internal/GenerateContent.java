package dev.mocksy.llm.gemini.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mocksy.ContentRefusedException;
import dev.mocksy.InvalidResponseException;
import dev.mocksy.ProviderException;
import dev.mocksy.http.okhttp.ChatWire;
import dev.mocksy.http.okhttp.StreamAccumulator;
import dev.mocksy.internal.MocksyJson;
import dev.mocksy.llm.ApiKey;
import dev.mocksy.llm.ChatMessage;
import dev.mocksy.llm.ChatRequest;
import dev.mocksy.llm.ChatResponse;
import dev.mocksy.llm.FinishReason;
import dev.mocksy.llm.StreamListener;
import dev.mocksy.llm.TokenUsage;
import dev.mocksy.llm.gemini.internal.GeminiWire.Candidate;
import dev.mocksy.llm.gemini.internal.GeminiWire.Content;
import dev.mocksy.llm.gemini.internal.GeminiWire.GenerationConfig;
import dev.mocksy.llm.gemini.internal.GeminiWire.Part;
import dev.mocksy.llm.gemini.internal.GeminiWire.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;

/** Translates between Mocksy's chat and Gemini's generateContent. Internal: not part of the API. */
public final class GenerateContent implements ChatWire {

    private static final ObjectMapper JSON = MocksyJson.mapper();
    private static final MediaType JSON_TYPE = MediaType.get("application/json");

    /** Finish reasons that mean the reply was withheld for its content. */
    private static final Set<String> BLOCKED =
            Set.of("SAFETY", "RECITATION", "LANGUAGE", "BLOCKLIST", "PROHIBITED_CONTENT", "SPII", "IMAGE_SAFETY");

    /** The keywords of JSON Schema that Gemini's Schema object understands. */
    private static final Set<String> SCHEMA_KEYWORDS = Set.of(
            "type",
            "format",
            "description",
            "nullable",
            "enum",
            "properties",
            "required",
            "items",
            "minItems",
            "maxItems",
            "minimum",
            "maximum");

    private final String provider;
    private final HttpUrl baseUrl;

    /**
     * @param provider the provider id for errors
     * @param baseUrl the API's base URL, {@code models/...} is resolved against it
     */
    public GenerateContent(String provider, HttpUrl baseUrl) {
        this.provider = provider;
        this.baseUrl = baseUrl;
    }

    /** {@code :generateContent}, or {@code :streamGenerateContent?alt=sse}; the key only in {@code x-goog-api-key}. */
    @Override
    public Request request(ChatRequest request, String model, ApiKey key, boolean stream) {
        HttpUrl url = stream
                ? baseUrl.resolve("models/" + model + ":streamGenerateContent")
                        .newBuilder()
                        .addQueryParameter("alt", "sse")
                        .build()
                : baseUrl.resolve("models/" + model + ":generateContent");
        return new Request.Builder()
                .url(url)
                .header("x-goog-api-key", key.reveal())
                .post(RequestBody.create(requestBody(request), JSON_TYPE))
                .build();
    }

    /** The JSON body of {@code models/{model}:generateContent} and {@code :streamGenerateContent}. */
    byte[] requestBody(ChatRequest request) {
        String system = request.systemPrompt();
        Content systemInstruction = system.isEmpty() ? null : new Content(null, List.of(new Part(system, null)));
        List<Content> contents = request.conversation().stream()
                .map(m -> new Content(
                        m.role() == ChatMessage.Role.ASSISTANT ? "model" : "user",
                        List.of(new Part(m.content(), null))))
                .toList();
        boolean structured = request.responseSchema() != null;
        GenerationConfig config = new GenerationConfig(
                request.temperature(),
                request.maxOutputTokens(),
                request.stop().isEmpty() ? null : request.stop(),
                structured ? "application/json" : null,
                structured ? toGeminiSchema(request.responseSchema().schema()) : null);
        boolean emptyConfig = config.temperature() == null
                && config.maxOutputTokens() == null
                && config.stopSequences() == null
                && !structured;
        try {
            return JSON.writeValueAsBytes(
                    new GeminiWire.Request(systemInstruction, contents, emptyConfig ? null : config));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a generateContent request", e);
        }
    }

    /**
     * Gemini's {@code Schema} (an OpenAPI subset) from a strict JSON Schema: upper-case types, {@code nullable}
     * instead of {@code ["x", "null"]}, property order kept, keywords it does not know dropped.
     */
    static ObjectNode toGeminiSchema(JsonNode schema) {
        ObjectNode result = JSON.createObjectNode();
        JsonNode type = schema.get("type");
        if (type != null && type.isArray()) {
            for (JsonNode t : type) {
                if (t.asText().equals("null")) {
                    result.put("nullable", true);
                } else {
                    result.put("type", t.asText().toUpperCase(Locale.ROOT));
                }
            }
        } else if (type != null) {
            result.put("type", type.asText().toUpperCase(Locale.ROOT));
        }
        for (Map.Entry<String, JsonNode> field : schema.properties()) {
            String name = field.getKey();
            if (name.equals("type") || !SCHEMA_KEYWORDS.contains(name)) {
                continue;
            }
            if (name.equals("properties")) {
                ObjectNode properties = result.putObject("properties");
                ArrayNode order = JSON.createArrayNode();
                for (Map.Entry<String, JsonNode> p : field.getValue().properties()) {
                    properties.set(p.getKey(), toGeminiSchema(p.getValue()));
                    order.add(p.getKey());
                }
                result.set("propertyOrdering", order);
            } else if (name.equals("items")) {
                result.set("items", toGeminiSchema(field.getValue()));
            } else {
                result.set(name, field.getValue());
            }
        }
        // Gemini restricts a STRING to its enum values when the format says so
        if (result.has("enum") && !result.has("format")) {
            result.put("format", "enum");
        }
        return result;
    }

    /** The reply in a generateContent body. */
    @Override
    public ChatResponse parse(byte[] body, String model) {
        Response response = read(body);
        refuseIfBlocked(response);
        if (response.candidates() == null || response.candidates().isEmpty()) {
            throw new InvalidResponseException(provider, "the reply has no candidates");
        }
        Candidate candidate = response.candidates().get(0);
        FinishReason finish = finishReason(candidate.finishReason());
        String text = text(candidate);
        if (text == null) {
            throw new InvalidResponseException(provider, "the reply's candidate has no text");
        }
        return new ChatResponse(
                text, usage(response), response.modelVersion() == null ? model : response.modelVersion(), finish);
    }

    /** Reads the {@code GenerateContentResponse} chunks of {@code streamGenerateContent?alt=sse}. */
    @Override
    public StreamAccumulator accumulator(
            StreamListener listener, String model, Function<String, ProviderException> errorEvent) {
        return new StreamAccumulator(listener, model) {
            @Override
            public boolean onEvent(String event, String data) {
                Response chunk = read(data.getBytes(StandardCharsets.UTF_8));
                if (chunk.error() != null && !chunk.error().isNull()) {
                    throw errorEvent.apply(data);
                }
                refuseIfBlocked(chunk);
                model(chunk.modelVersion());
                if (chunk.usageMetadata() != null) {
                    usage(usageOf(chunk));
                }
                if (chunk.candidates() != null && !chunk.candidates().isEmpty()) {
                    Candidate candidate = chunk.candidates().get(0);
                    deliver(GenerateContent.text(candidate));
                    if (candidate.finishReason() != null) {
                        finish(finishReason(candidate.finishReason()));
                        complete();
                    }
                }
                // the last chunk carries the finish reason and the usage: read to the end
                return true;
            }
        };
    }

    private void refuseIfBlocked(Response response) {
        if (response.promptFeedback() != null && response.promptFeedback().blockReason() != null) {
            String reason = response.promptFeedback().blockReason();
            String why = response.promptFeedback().blockReasonMessage();
            throw new ContentRefusedException(
                    provider, reason, "the prompt was blocked (" + reason + (why == null ? "" : ": " + why) + ")");
        }
    }

    private FinishReason finishReason(String reason) {
        if (reason == null || reason.equals("STOP")) {
            return FinishReason.STOP;
        }
        if (reason.equals("MAX_TOKENS")) {
            return FinishReason.LENGTH;
        }
        if (BLOCKED.contains(reason)) {
            throw new ContentRefusedException(provider, reason, "the reply was blocked (" + reason + ")");
        }
        return FinishReason.OTHER;
    }

    /** The candidate's text parts joined, thoughts left out; {@code null} when it has no content at all. */
    private static String text(Candidate candidate) {
        if (candidate.content() == null || candidate.content().parts() == null) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        for (Part part : candidate.content().parts()) {
            if (part.text() != null && !Boolean.TRUE.equals(part.thought())) {
                text.append(part.text());
            }
        }
        return text.toString();
    }

    private static TokenUsage usage(Response response) {
        return response.usageMetadata() == null ? TokenUsage.NONE : usageOf(response);
    }

    private static TokenUsage usageOf(Response response) {
        Integer in = response.usageMetadata().promptTokenCount();
        Integer out = response.usageMetadata().candidatesTokenCount();
        return new TokenUsage(in == null ? 0 : in, out == null ? 0 : out);
    }

    private Response read(byte[] body) {
        try {
            Response response = JSON.readValue(body, Response.class);
            if (response == null) {
                throw new InvalidResponseException(provider, "the reply is empty");
            }
            return response;
        } catch (IOException e) {
            throw new InvalidResponseException(provider, "the reply is not valid generateContent JSON", e);
        }
    }
}
