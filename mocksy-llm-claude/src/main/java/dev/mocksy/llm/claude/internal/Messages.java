package dev.mocksy.llm.claude.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import dev.mocksy.llm.claude.internal.MessagesWire.ContentBlock;
import dev.mocksy.llm.claude.internal.MessagesWire.Message;
import dev.mocksy.llm.claude.internal.MessagesWire.Response;
import dev.mocksy.llm.claude.internal.MessagesWire.StreamEvent;
import dev.mocksy.llm.claude.internal.MessagesWire.Tool;
import dev.mocksy.llm.claude.internal.MessagesWire.ToolChoice;
import dev.mocksy.llm.claude.internal.MessagesWire.Usage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;

/**
 * Translates between Mocksy's chat and Anthropic's Messages API. Structured output is a forced tool call: the schema
 * is the tool's {@code input_schema} and the tool's input is the reply. Internal: not part of the API.
 */
public final class Messages implements ChatWire {

    private static final ObjectMapper JSON = MocksyJson.mapper();
    private static final MediaType JSON_TYPE = MediaType.get("application/json");

    private final String provider;
    private final HttpUrl messagesUrl;
    private final String apiVersion;
    private final int defaultMaxTokens;

    /**
     * @param provider the provider id for errors
     * @param baseUrl the API's base URL, {@code messages} is resolved against it
     * @param apiVersion sent as {@code anthropic-version}
     * @param defaultMaxTokens {@code max_tokens} when the request sets none: the Messages API requires it
     */
    public Messages(String provider, HttpUrl baseUrl, String apiVersion, int defaultMaxTokens) {
        this.provider = provider;
        this.messagesUrl = baseUrl.resolve("messages");
        this.apiVersion = apiVersion;
        this.defaultMaxTokens = defaultMaxTokens;
    }

    /** {@code POST /messages} with the key only in {@code x-api-key}. */
    @Override
    public Request request(ChatRequest request, String model, ApiKey key, boolean stream) {
        return new Request.Builder()
                .url(messagesUrl)
                .header("x-api-key", key.reveal())
                .header("anthropic-version", apiVersion)
                .post(RequestBody.create(requestBody(request, model, stream), JSON_TYPE))
                .build();
    }

    /** The JSON body of {@code POST /messages}. */
    byte[] requestBody(ChatRequest request, String model, boolean stream) {
        List<Message> messages = request.conversation().stream()
                .map(m -> new Message(m.role() == ChatMessage.Role.ASSISTANT ? "assistant" : "user", m.content()))
                .toList();
        if (messages.isEmpty()) {
            throw new IllegalArgumentException(
                    "a Claude request needs at least one user message besides the system" + " prompt");
        }
        List<Tool> tools = null;
        ToolChoice choice = null;
        if (request.responseSchema() != null) {
            String name = request.responseSchema().name();
            tools = List.of(new Tool(
                    name,
                    "Record the answer as structured data. Always call this tool with the complete answer.",
                    request.responseSchema().schema()));
            choice = new ToolChoice("tool", name);
        }
        String system = request.systemPrompt();
        var body = new MessagesWire.Request(
                model,
                request.maxOutputTokens() != null ? request.maxOutputTokens() : defaultMaxTokens,
                system.isEmpty() ? null : system,
                messages,
                request.temperature() == null ? null : Math.min(1.0, request.temperature()),
                request.stop().isEmpty() ? null : request.stop(),
                tools,
                choice,
                stream ? Boolean.TRUE : null);
        try {
            return JSON.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a messages request", e);
        }
    }

    /** The reply in a {@code message} body: its text blocks, or the forced tool's input as JSON. */
    @Override
    public ChatResponse parse(byte[] body, String model) {
        Response response = read(body, Response.class);
        if (response.content() == null || response.content().isEmpty()) {
            if ("refusal".equals(response.stopReason())) {
                throw refused();
            }
            throw new InvalidResponseException(provider, "the reply has no content blocks");
        }
        FinishReason finish = finishReason(response.stopReason());
        StringBuilder text = new StringBuilder();
        for (ContentBlock block : response.content()) {
            if ("tool_use".equals(block.type()) && block.input() != null) {
                return new ChatResponse(
                        block.input().toString(), usage(response.usage()), modelOf(response, model), finish);
            }
            if ("text".equals(block.type()) && block.text() != null) {
                text.append(block.text());
            }
        }
        return new ChatResponse(text.toString(), usage(response.usage()), modelOf(response, model), finish);
    }

    /** Reads the Messages stream: text and tool-input JSON deltas reach the listener as they arrive. */
    @Override
    public StreamAccumulator accumulator(
            StreamListener listener, String model, Function<String, ProviderException> errorEvent) {
        return new StreamAccumulator(listener, model) {
            private int inputTokens;

            @Override
            public boolean onEvent(String event, String data) {
                StreamEvent e = read(data.getBytes(StandardCharsets.UTF_8), StreamEvent.class);
                String type = e.type() == null ? event : e.type();
                switch (type) {
                    case "message_start":
                        if (e.message() != null) {
                            model(e.message().model());
                            if (e.message().usage() != null
                                    && e.message().usage().inputTokens() != null) {
                                inputTokens = e.message().usage().inputTokens();
                                usage(new TokenUsage(inputTokens, 0));
                            }
                        }
                        return true;
                    case "content_block_start":
                        if (e.contentBlock() != null
                                && "text".equals(e.contentBlock().type())) {
                            deliver(e.contentBlock().text());
                        }
                        return true;
                    case "content_block_delta":
                        if (e.delta() != null) {
                            if ("text_delta".equals(e.delta().type())) {
                                deliver(e.delta().text());
                            } else if ("input_json_delta".equals(e.delta().type())) {
                                deliver(e.delta().partialJson());
                            }
                        }
                        return true;
                    case "message_delta":
                        if (e.delta() != null && e.delta().stopReason() != null) {
                            finish(finishReason(e.delta().stopReason()));
                        }
                        if (e.usage() != null && e.usage().outputTokens() != null) {
                            int input =
                                    e.usage().inputTokens() != null ? e.usage().inputTokens() : inputTokens;
                            usage(new TokenUsage(input, e.usage().outputTokens()));
                        }
                        return true;
                    case "message_stop":
                        complete();
                        return false;
                    case "error":
                        throw errorEvent.apply(data);
                    default:
                        // ping, content_block_stop and event types added later carry nothing we need
                        return true;
                }
            }
        };
    }

    private FinishReason finishReason(String stopReason) {
        if (stopReason == null) {
            return FinishReason.STOP;
        }
        switch (stopReason) {
            case "end_turn":
            case "tool_use":
                return FinishReason.STOP;
            case "stop_sequence":
                return FinishReason.STOP_SEQUENCE;
            case "max_tokens":
                return FinishReason.LENGTH;
            case "refusal":
                throw refused();
            default:
                return FinishReason.OTHER;
        }
    }

    private ContentRefusedException refused() {
        return new ContentRefusedException(provider, "refusal", "the model declined to answer (stop_reason refusal)");
    }

    private static String modelOf(Response response, String model) {
        return response.model() == null ? model : response.model();
    }

    private static TokenUsage usage(Usage usage) {
        if (usage == null) {
            return TokenUsage.NONE;
        }
        return new TokenUsage(
                usage.inputTokens() == null ? 0 : usage.inputTokens(),
                usage.outputTokens() == null ? 0 : usage.outputTokens());
    }

    private <T> T read(byte[] body, Class<T> type) {
        try {
            T value = JSON.readValue(body, type);
            if (value == null) {
                throw new InvalidResponseException(provider, "the reply is empty");
            }
            return value;
        } catch (IOException e) {
            throw new InvalidResponseException(
                    provider,
                    "the reply is not valid Messages API JSON ("
                            + type.getSimpleName().toLowerCase(Locale.ROOT) + ")",
                    e);
        }
    }
}
