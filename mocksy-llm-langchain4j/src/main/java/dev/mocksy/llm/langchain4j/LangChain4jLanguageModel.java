package dev.mocksy.llm.langchain4j;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.ModelProvider;
import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.request.ChatRequestParameters;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.request.ResponseFormatType;
import dev.mocksy.InvalidResponseException;
import dev.mocksy.llm.Cancellation;
import dev.mocksy.llm.ChatMessage;
import dev.mocksy.llm.ChatRequest;
import dev.mocksy.llm.ChatResponse;
import dev.mocksy.llm.FinishReason;
import dev.mocksy.llm.LanguageModel;
import dev.mocksy.llm.StreamListener;
import dev.mocksy.llm.TokenUsage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A LangChain4j {@link ChatModel} (and, for streaming, a {@link StreamingChatModel}) as a Mocksy {@link LanguageModel},
 * so every provider LangChain4j has (Ollama, Azure OpenAI, Bedrock, Mistral, Vertex AI...) serves Mocksy.
 *
 * <pre>{@code
 * ChatModel chat = OllamaChatModel.builder().baseUrl("http://localhost:11434").modelName("llama3.1").build();
 * Mocksy mocksy = Mocksy.builder().languageModel(LangChain4jLanguageModel.of(chat)).build();
 * }</pre>
 *
 * <p>Structured requests use LangChain4j's JSON-schema response format when the model says it supports it (or when
 * {@link Builder#jsonSchema(boolean)} says so); otherwise the schema goes into the prompt and Mocksy's structured calls
 * repair or re-ask a reply that does not follow it. Failures become Mocksy's typed exceptions (authentication, rate
 * limit, quota, model not found, content refused, timeout, unavailable, invalid request or response), never quoting
 * the key. Retries, timeouts and the key are the LangChain4j model's own: configure them on its builder.
 */
public final class LangChain4jLanguageModel implements LanguageModel {

    private final ChatModel chatModel;
    private final StreamingChatModel streamingModel;
    private final String provider;
    private final String modelName;
    private final boolean jsonSchema;
    private final Duration streamIdleTimeout;
    private final FailureMapper failures;

    private LangChain4jLanguageModel(Builder b) {
        if (b.chatModel == null && b.streamingModel == null) {
            throw new IllegalArgumentException("a LangChain4j ChatModel or StreamingChatModel is required");
        }
        this.chatModel = b.chatModel;
        this.streamingModel = b.streamingModel;
        ModelProvider vendor = chatModel != null ? chatModel.provider() : streamingModel.provider();
        this.provider =
                "langchain4j/" + (vendor == null ? "other" : vendor.name().toLowerCase(Locale.ROOT));
        this.modelName = b.modelName != null ? b.modelName : defaultModelName();
        this.jsonSchema = b.jsonSchema != null ? b.jsonSchema : supportsJsonSchema();
        this.streamIdleTimeout = b.streamIdleTimeout;
        this.failures = new FailureMapper(provider, modelName);
    }

    /** The model for this LangChain4j chat model; {@link #stream} delivers the whole reply as one piece. */
    public static LangChain4jLanguageModel of(ChatModel chatModel) {
        return builder()
                .chatModel(Objects.requireNonNull(chatModel, "chatModel"))
                .build();
    }

    /** The model for these LangChain4j models: {@code chat} for whole replies, {@code streaming} for streams. */
    public static LangChain4jLanguageModel of(ChatModel chatModel, StreamingChatModel streaming) {
        return builder()
                .chatModel(Objects.requireNonNull(chatModel, "chatModel"))
                .streamingChatModel(Objects.requireNonNull(streaming, "streaming"))
                .build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Whether structured requests go through LangChain4j's JSON-schema response format (else through the prompt). */
    public boolean usesJsonSchema() {
        return jsonSchema;
    }

    @Override
    public ChatResponse chat(ChatRequest request) {
        dev.langchain4j.model.chat.request.ChatRequest converted = convert(request);
        if (chatModel == null) {
            return stream(request, delta -> {}, new Cancellation());
        }
        dev.langchain4j.model.chat.response.ChatResponse response;
        try {
            response = chatModel.chat(converted);
        } catch (RuntimeException e) {
            throw failures.map(e);
        }
        return reply(response, null);
    }

    @Override
    public ChatResponse stream(ChatRequest request, StreamListener listener, Cancellation cancellation) {
        Objects.requireNonNull(listener, "listener");
        Objects.requireNonNull(cancellation, "cancellation");
        if (streamingModel == null) {
            return LanguageModel.super.stream(request, listener, cancellation);
        }
        dev.langchain4j.model.chat.request.ChatRequest converted = convert(request);
        return new StreamBridge(streamingModel, failures, streamIdleTimeout, provider)
                .run(converted, listener, cancellation, this::reply);
    }

    @Override
    public String name() {
        return modelName.isEmpty() ? provider : provider + "/" + modelName;
    }

    @Override
    public String toString() {
        return "LangChain4jLanguageModel[" + name() + (jsonSchema ? ", json-schema" : ", schema in prompt") + "]";
    }

    ChatResponse reply(dev.langchain4j.model.chat.response.ChatResponse response, String streamedText) {
        if (response == null) {
            throw new InvalidResponseException(provider, "the LangChain4j model returned no response");
        }
        AiMessage message = response.aiMessage();
        String text = streamedText != null ? streamedText : message == null ? null : message.text();
        if (text == null || (text.isEmpty() && streamedText == null)) {
            if (response.finishReason() == dev.langchain4j.model.output.FinishReason.CONTENT_FILTER) {
                throw new dev.mocksy.ContentRefusedException(
                        provider, "content_filter", "the provider's content filter withheld the reply");
            }
            throw new InvalidResponseException(provider, "the reply holds no text (" + response.finishReason() + ")");
        }
        return ChatResponse.builder()
                .text(text)
                .usage(usage(response.tokenUsage()))
                .model(response.modelName() != null ? response.modelName() : modelName)
                .finishReason(finishReason(response.finishReason()))
                .build();
    }

    private dev.langchain4j.model.chat.request.ChatRequest convert(ChatRequest request) {
        Objects.requireNonNull(request, "request");
        if (request.apiKey() != null) {
            throw new IllegalArgumentException("a LangChain4j model carries its own API key: build one ChatModel per"
                    + " key instead of passing the key with the request");
        }
        List<dev.langchain4j.data.message.ChatMessage> messages = new ArrayList<>();
        String system = request.systemPrompt();
        if (request.responseSchema() != null && !jsonSchema) {
            system =
                    (system.isEmpty() ? "" : system + "\n\n") + "Reply with one JSON object and nothing else (no prose,"
                            + " no Markdown fences) that follows this JSON Schema:\n"
                            + request.responseSchema().toJson();
        }
        if (!system.isEmpty()) {
            messages.add(SystemMessage.from(system));
        }
        for (ChatMessage message : request.conversation()) {
            messages.add(
                    message.role() == ChatMessage.Role.USER
                            ? UserMessage.from(message.content())
                            : AiMessage.from(message.content()));
        }
        dev.langchain4j.model.chat.request.ChatRequest.Builder builder =
                dev.langchain4j.model.chat.request.ChatRequest.builder()
                        .messages(messages)
                        .temperature(request.temperature())
                        .maxOutputTokens(request.maxOutputTokens());
        if (!request.stop().isEmpty()) {
            builder.stopSequences(request.stop());
        }
        if (request.model() != null) {
            builder.modelName(request.model());
        }
        if (request.responseSchema() != null) {
            builder.responseFormat(
                    jsonSchema
                            ? ResponseFormat.builder()
                                    .type(ResponseFormatType.JSON)
                                    .jsonSchema(SchemaConverter.convert(request.responseSchema()))
                                    .build()
                            : ResponseFormat.JSON);
        }
        return builder.build();
    }

    private boolean supportsJsonSchema() {
        Set<Capability> capabilities =
                chatModel != null ? chatModel.supportedCapabilities() : streamingModel.supportedCapabilities();
        return capabilities != null && capabilities.contains(Capability.RESPONSE_FORMAT_JSON_SCHEMA);
    }

    private String defaultModelName() {
        ChatRequestParameters defaults =
                chatModel != null ? chatModel.defaultRequestParameters() : streamingModel.defaultRequestParameters();
        return defaults == null || defaults.modelName() == null ? "" : defaults.modelName();
    }

    private static TokenUsage usage(dev.langchain4j.model.output.TokenUsage usage) {
        if (usage == null) {
            return TokenUsage.NONE;
        }
        int in = usage.inputTokenCount() == null ? 0 : usage.inputTokenCount();
        int out = usage.outputTokenCount() == null ? 0 : usage.outputTokenCount();
        return new TokenUsage(Math.max(0, in), Math.max(0, out));
    }

    private static FinishReason finishReason(dev.langchain4j.model.output.FinishReason reason) {
        if (reason == null) {
            return FinishReason.STOP;
        }
        switch (reason) {
            case STOP:
                return FinishReason.STOP;
            case LENGTH:
                return FinishReason.LENGTH;
            default:
                return FinishReason.OTHER;
        }
    }

    /** Builds a {@link LangChain4jLanguageModel}; a chat model, a streaming model or both are required. */
    public static final class Builder {
        private ChatModel chatModel;
        private StreamingChatModel streamingModel;
        private String modelName;
        private Boolean jsonSchema;
        private Duration streamIdleTimeout = Duration.ofSeconds(60);

        private Builder() {}

        /** The model for whole replies; without one, {@link LanguageModel#chat} collects a stream. */
        public Builder chatModel(ChatModel chatModel) {
            this.chatModel = chatModel;
            return this;
        }

        /** The model for streams; without one, {@link LanguageModel#stream} delivers the whole reply at once. */
        public Builder streamingChatModel(StreamingChatModel streamingModel) {
            this.streamingModel = streamingModel;
            return this;
        }

        /** The model's name in {@link LanguageModel#name()} and errors, when its default parameters do not say it. */
        public Builder modelName(String modelName) {
            if (modelName != null && modelName.isBlank()) {
                throw new IllegalArgumentException("modelName must not be blank when given");
            }
            this.modelName = modelName == null ? null : modelName.strip();
            return this;
        }

        /**
         * Forces the JSON-schema response format on ({@code true}) or off ({@code false}, the schema goes in the
         * prompt); by default it is on when the model lists {@code RESPONSE_FORMAT_JSON_SCHEMA} among its capabilities.
         */
        public Builder jsonSchema(boolean jsonSchema) {
            this.jsonSchema = jsonSchema;
            return this;
        }

        /** How long a stream may go without a piece before it fails as a timeout; default 60 s. */
        public Builder streamIdleTimeout(Duration timeout) {
            Objects.requireNonNull(timeout, "streamIdleTimeout");
            if (timeout.isZero() || timeout.isNegative()) {
                throw new IllegalArgumentException("streamIdleTimeout must be positive, got " + timeout);
            }
            this.streamIdleTimeout = timeout;
            return this;
        }

        /**
         * Builds the model.
         *
         * @throws IllegalArgumentException when neither a chat model nor a streaming model was given
         */
        public LangChain4jLanguageModel build() {
            return new LangChain4jLanguageModel(this);
        }
    }
}
