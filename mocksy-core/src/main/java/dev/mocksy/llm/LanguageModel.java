package dev.mocksy.llm;

/**
 * A chat language model behind a provider's API. Implementations are safe to share across threads.
 *
 * <pre>{@code
 * LanguageModel model = LanguageModels.create("openai", null, null, ProviderConfig.of(Map.of()));
 * ChatResponse reply = model.chat(ChatRequest.builder().user("Say hello").build());
 * model.stream(ChatRequest.builder().user("Tell a story").build(), System.out::print);
 * }</pre>
 */
public interface LanguageModel {

    /**
     * Sends the chat and waits for the whole reply.
     *
     * @throws dev.mocksy.ProviderException when the provider fails; subclasses say how (authentication, rate limit,
     *     quota, model not found, content refused, timeout, unavailable, invalid response)
     */
    ChatResponse chat(ChatRequest request);

    /**
     * Sends the chat and hands each piece of the reply to {@code listener} as it arrives; returns the whole reply.
     *
     * <p>The default implementation waits for the whole reply and delivers it as one piece; HTTP providers stream.
     *
     * @throws dev.mocksy.StreamInterruptedException when the stream broke off after part of the reply was delivered
     */
    default ChatResponse stream(ChatRequest request, StreamListener listener, Cancellation cancellation) {
        ChatResponse response = chat(request);
        if (cancellation.isCancelled()) {
            return new ChatResponse("", response.usage(), response.model(), FinishReason.CANCELLED);
        }
        listener.onDelta(response.text());
        return response;
    }

    /** {@link #stream(ChatRequest, StreamListener, Cancellation)} without a way to cancel. */
    default ChatResponse stream(ChatRequest request, StreamListener listener) {
        return stream(request, listener, new Cancellation());
    }

    /**
     * A label for reports and evaluations, {@code provider/model}, e.g. {@code "openai/gpt-4.1-mini"}; never the key.
     */
    default String name() {
        return getClass().getSimpleName();
    }
}
