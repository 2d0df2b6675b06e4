package dev.mocksy.llm.openai.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mocksy.ContentRefusedException;
import dev.mocksy.InvalidResponseException;
import dev.mocksy.ProviderException;
import dev.mocksy.http.okhttp.ChatWire;
import dev.mocksy.http.okhttp.StreamAccumulator;
import dev.mocksy.internal.MocksyJson;
import dev.mocksy.llm.ApiKey;
import dev.mocksy.llm.ChatRequest;
import dev.mocksy.llm.ChatResponse;
import dev.mocksy.llm.FinishReason;
import dev.mocksy.llm.StreamListener;
import dev.mocksy.llm.TokenUsage;
import dev.mocksy.llm.openai.internal.ChatCompletionsWire.Choice;
import dev.mocksy.llm.openai.internal.ChatCompletionsWire.Completion;
import dev.mocksy.llm.openai.internal.ChatCompletionsWire.Message;
import dev.mocksy.llm.openai.internal.ChatCompletionsWire.ResponseFormat;
import dev.mocksy.llm.openai.internal.ChatCompletionsWire.SchemaSpec;
import dev.mocksy.llm.openai.internal.ChatCompletionsWire.StreamOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;

/** Translates between Mocksy's chat and OpenAI's Chat Completions. Internal: not part of the API. */
public final class ChatCompletions implements ChatWire {

    /** The header OpenAI's own API reads the key from, as {@code Bearer <key>}. */
    public static final String AUTHORIZATION = "Authorization";

    private static final ObjectMapper JSON = MocksyJson.mapper();
    private static final MediaType JSON_TYPE = MediaType.get("application/json");

    private final String provider;
    private final HttpUrl chatUrl;
    private final String keyHeader;
    private final String organization;
    private final boolean legacyMaxTokens;

    /**
     * @param provider the provider id for errors
     * @param baseUrl the API's base URL, {@code chat/completions} is resolved against it
     * @param keyHeader {@link #AUTHORIZATION} for a bearer token, or the header that carries the key as it is (Azure's
     *     {@code api-key})
     * @param organization sent as {@code OpenAI-Organization}, or {@code null}
     * @param legacyMaxTokens send {@code max_tokens} instead of {@code max_completion_tokens}, for older
     *     OpenAI-compatible servers
     */
    public ChatCompletions(
            String provider, HttpUrl baseUrl, String keyHeader, String organization, boolean legacyMaxTokens) {
        this.provider = provider;
        this.chatUrl = baseUrl.resolve("chat/completions");
        this.keyHeader = keyHeader;
        this.organization = organization;
        this.legacyMaxTokens = legacyMaxTokens;
    }

    @Override
    public Request request(ChatRequest request, String model, ApiKey key, boolean stream) {
        Request.Builder builder = new Request.Builder()
                .url(chatUrl)
                .header(keyHeader, keyHeader.equals(AUTHORIZATION) ? "Bearer " + key.reveal() : key.reveal())
                .post(RequestBody.create(requestBody(request, model, stream), JSON_TYPE));
        if (organization != null) {
            builder.header("OpenAI-Organization", organization);
        }
        return builder.build();
    }

    /** The JSON body of {@code POST /chat/completions}. */
    byte[] requestBody(ChatRequest request, String model, boolean stream) {
        List<Message> messages = request.messages().stream()
                .map(m -> new Message(m.role().name().toLowerCase(Locale.ROOT), m.content()))
                .toList();
        ResponseFormat format = request.responseSchema() == null
                ? null
                : new ResponseFormat(
                        "json_schema",
                        new SchemaSpec(
                                request.responseSchema().name(),
                                true,
                                request.responseSchema().schema()));
        Integer max = request.maxOutputTokens();
        var body = new ChatCompletionsWire.Request(
                model,
                messages,
                acceptsTemperature(model) ? request.temperature() : null,
                legacyMaxTokens ? null : max,
                legacyMaxTokens ? max : null,
                request.stop().isEmpty() ? null : request.stop(),
                format,
                stream ? Boolean.TRUE : null,
                stream ? new StreamOptions(true) : null);
        try {
            return JSON.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a chat completions request", e);
        }
    }

    /**
     * Whether the model takes a sampling temperature: OpenAI's reasoning models (o1, o3, o4, gpt-5 except its chat
     * variant) reject any value but their default with HTTP 400, so none is sent to them.
     */
    static boolean acceptsTemperature(String model) {
        String name = model.toLowerCase(Locale.ROOT);
        name = name.substring(name.lastIndexOf('/') + 1);
        boolean reasoning = name.matches("o[1-9].*") || (name.startsWith("gpt-5") && !name.contains("chat"));
        return !reasoning;
    }

    /** The reply in a {@code chat.completion} body. */
    @Override
    public ChatResponse parse(byte[] body, String model) {
        Completion completion = read(body);
        if (completion.choices() == null || completion.choices().isEmpty()) {
            throw new InvalidResponseException(provider, "the reply has no choices");
        }
        Choice choice = completion.choices().get(0);
        if (choice.message() == null) {
            throw new InvalidResponseException(provider, "the reply's first choice has no message");
        }
        if (choice.message().refusal() != null && !choice.message().refusal().isBlank()) {
            throw new ContentRefusedException(
                    provider,
                    "refusal",
                    "the model refused: " + choice.message().refusal());
        }
        FinishReason finish = finishReason(choice.finishReason());
        String content = choice.message().content();
        if (content == null) {
            throw new InvalidResponseException(provider, "the reply's message has no content");
        }
        return new ChatResponse(
                content, usage(completion), completion.model() == null ? model : completion.model(), finish);
    }

    /** Reads {@code chat.completion.chunk} events up to {@code [DONE]}. */
    @Override
    public StreamAccumulator accumulator(
            StreamListener listener, String model, Function<String, ProviderException> errorEvent) {
        return new StreamAccumulator(listener, model) {
            @Override
            public boolean onEvent(String event, String data) {
                if (data.strip().equals("[DONE]")) {
                    complete();
                    return false;
                }
                Completion chunk = read(data.getBytes(StandardCharsets.UTF_8));
                if (chunk.error() != null && !chunk.error().isNull()) {
                    throw errorEvent.apply("{\"error\":" + chunk.error() + "}");
                }
                model(chunk.model());
                if (chunk.usage() != null) {
                    usage(new TokenUsage(
                            chunk.usage().promptTokens(), chunk.usage().completionTokens()));
                }
                if (chunk.choices() != null && !chunk.choices().isEmpty()) {
                    Choice choice = chunk.choices().get(0);
                    if (choice.delta() != null) {
                        if (choice.delta().refusal() != null
                                && !choice.delta().refusal().isEmpty()) {
                            throw new ContentRefusedException(
                                    provider,
                                    "refusal",
                                    "the model refused: " + choice.delta().refusal());
                        }
                        deliver(choice.delta().content());
                    }
                    if (choice.finishReason() != null) {
                        finish(finishReason(choice.finishReason()));
                    }
                }
                return true;
            }
        };
    }

    private FinishReason finishReason(String reason) {
        if (reason == null) {
            return FinishReason.STOP;
        }
        switch (reason) {
            case "stop":
                return FinishReason.STOP;
            case "length":
                return FinishReason.LENGTH;
            case "content_filter":
                throw new ContentRefusedException(
                        provider, "content_filter", "the reply was withheld by the provider's content filter");
            default:
                return FinishReason.OTHER;
        }
    }

    private static TokenUsage usage(Completion completion) {
        return completion.usage() == null
                ? TokenUsage.NONE
                : new TokenUsage(
                        completion.usage().promptTokens(), completion.usage().completionTokens());
    }

    private Completion read(byte[] body) {
        try {
            Completion completion = JSON.readValue(body, Completion.class);
            if (completion == null) {
                throw new InvalidResponseException(provider, "the reply is empty");
            }
            return completion;
        } catch (IOException e) {
            throw new InvalidResponseException(provider, "the reply is not valid Chat Completions JSON", e);
        }
    }
}
