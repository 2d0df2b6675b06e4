package dev.mocksy.llm.interviewer;

import dev.mocksy.llm.LanguageModel;
import dev.mocksy.spi.Capability;
import dev.mocksy.spi.ProviderContext;
import dev.mocksy.spi.ProviderFactory;
import java.util.function.BiFunction;

/**
 * The shape of every LLM-backed provider: id {@code llm}, serving only when a language model has been chosen, ranked
 * above the offline defaults, and built on the chosen model plus the provider ranked next below it as its fallback.
 *
 * @param <T> the capability
 */
abstract class LanguageModelBackedProvider<T> implements ProviderFactory<T> {

    /** Above the offline defaults (negative) and the plain providers (0): a chosen language model takes over. */
    static final int PRIORITY = 10;

    private final Capability<T> capability;
    private final BiFunction<LanguageModel, T, T> constructor;

    LanguageModelBackedProvider(Capability<T> capability, BiFunction<LanguageModel, T, T> constructor) {
        this.capability = capability;
        this.constructor = constructor;
    }

    @Override
    public final String id() {
        return "llm";
    }

    @Override
    public final int priority() {
        return PRIORITY;
    }

    @Override
    public final boolean isAvailable(ProviderContext context) {
        return context.languageModel().isPresent();
    }

    @Override
    public final String unavailableReason() {
        return "no language model is chosen: choose one with mocksy.language-model=<id> (or --provider), or pass one"
                + " to the Mocksy builder";
    }

    @Override
    public final T create(ProviderContext context) {
        LanguageModel model = context.languageModel().orElseThrow(() -> new IllegalStateException(unavailableReason()));
        return constructor.apply(model, context.fallback(capability));
    }
}
