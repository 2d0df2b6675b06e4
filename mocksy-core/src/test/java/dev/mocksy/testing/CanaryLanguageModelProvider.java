package dev.mocksy.testing;

import dev.mocksy.ProviderUnavailableException;
import dev.mocksy.llm.ChatRequest;
import dev.mocksy.llm.ChatResponse;
import dev.mocksy.llm.LanguageModel;
import dev.mocksy.spi.LanguageModelProvider;
import dev.mocksy.spi.ProviderContext;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A remote language model on the test class path, as a cloud provider's module would be: it must never be picked
 * because its key is set, only when chosen. It counts how often it was created and answers nothing.
 */
public final class CanaryLanguageModelProvider implements LanguageModelProvider {

    /** How many models this provider created. */
    public static final AtomicInteger CREATED = new AtomicInteger();

    @Override
    public String id() {
        return "canary";
    }

    @Override
    public LanguageModel create(ProviderContext context) {
        context.config().get("canary.api-key").orElseThrow(() -> new IllegalStateException("no canary key"));
        CREATED.incrementAndGet();
        return new LanguageModel() {
            @Override
            public ChatResponse chat(ChatRequest request) {
                throw new ProviderUnavailableException("canary", 503, "the canary never answers", null);
            }

            @Override
            public String name() {
                return "canary/test";
            }
        };
    }

    @Override
    public boolean remote() {
        return true;
    }
}
