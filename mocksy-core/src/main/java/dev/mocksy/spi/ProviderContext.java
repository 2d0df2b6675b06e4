package dev.mocksy.spi;

import dev.mocksy.llm.LanguageModel;
import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link ProviderFactory} is given to create its provider: the settings, the other capabilities it may build
 * on, and, for a provider that decorates another (such as the LLM-backed ones), the provider ranked next below it.
 */
public final class ProviderContext {

    private final ProviderConfig config;
    private final Providers providers;
    private final ProviderFactory<?> creating;

    ProviderContext(ProviderConfig config, Providers providers, ProviderFactory<?> creating) {
        this.config = Objects.requireNonNull(config, "config");
        this.providers = providers;
        this.creating = creating;
    }

    /** A context with settings only, for creating a provider by hand (e.g. in a test); it finds no other provider. */
    public static ProviderContext of(ProviderConfig config) {
        return new ProviderContext(config, null, null);
    }

    /** The settings: builder values, then system properties, then environment variables. */
    public ProviderConfig config() {
        return config;
    }

    /** The language model chosen for this Mocksy instance; empty when it runs offline. */
    public Optional<LanguageModel> languageModel() {
        return find(Capability.LANGUAGE_MODEL);
    }

    /** Another capability this provider may use, when one is configured or present. */
    public <U> Optional<U> find(Capability<U> capability) {
        return providers == null ? Optional.empty() : providers.find(capability);
    }

    /**
     * The provider of {@code capability} ranked next below the one being created: what a decorating provider, such as
     * an LLM-backed evaluator, falls back to.
     *
     * @throws dev.mocksy.ProviderSelectionException when there is none, naming the artifact that provides one
     * @throws IllegalStateException when this context was not made by the registry for a provider of that capability
     */
    @SuppressWarnings("unchecked")
    public <U> U fallback(Capability<U> capability) {
        if (providers == null || creating == null || !capability.factoryType().isInstance(creating)) {
            throw new IllegalStateException("a fallback " + capability.name() + " is resolved by the provider registry"
                    + " for a provider of that capability");
        }
        return providers.below(capability, (ProviderFactory<U>) creating);
    }
}
