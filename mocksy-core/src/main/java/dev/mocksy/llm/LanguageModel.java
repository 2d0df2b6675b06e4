package dev.mocksy.llm;

/** A chat language model behind a provider's API. Implementations are safe to share across threads. */
public interface LanguageModel {

    /**
     * Sends the chat and waits for the whole reply.
     *
     * @throws dev.mocksy.ProviderException when the provider fails; subclasses say how
     */
    ChatResponse chat(ChatRequest request);
}
