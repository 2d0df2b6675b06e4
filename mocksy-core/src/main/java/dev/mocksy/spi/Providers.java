package dev.mocksy.spi;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The providers of one Mocksy instance: each capability resolved once, explicit instances first, then the registry.
 *
 * <pre>{@code
 * Providers providers = Providers.of(ProviderRegistry.create(), ProviderConfig.of(Map.of()));
 * AnswerEvaluator evaluator = providers.require(Capability.ANSWER_EVALUATOR);
 * Optional<SpeechToText> speech = providers.find(Capability.SPEECH_TO_TEXT);
 * }</pre>
 *
 * <p>Thread-safe. A provider that builds on another capability (through its {@link ProviderContext}) gets the same
 * instance every other user of that capability gets.
 */
public final class Providers {

    private final ProviderRegistry registry;
    private final ProviderConfig config;
    private final Map<Capability<?>, Object> explicit;
    private final Providers parent;
    private final Set<Capability<?>> inherited;
    private final Map<Object, Optional<?>> resolved = new HashMap<>();

    private Providers(
            ProviderRegistry registry,
            ProviderConfig config,
            Map<Capability<?>, Object> explicit,
            Providers parent,
            Set<Capability<?>> inherited) {
        this.registry = Objects.requireNonNull(registry, "registry");
        this.config = Objects.requireNonNull(config, "config");
        this.explicit = Map.copyOf(explicit);
        this.parent = parent;
        this.inherited = Set.copyOf(inherited);
    }

    /** Providers found by the registry under these settings. */
    public static Providers of(ProviderRegistry registry, ProviderConfig config) {
        return new Providers(registry, config, Map.of(), null, Set.of());
    }

    /** The same settings and registry with an explicit instance for {@code capability}, which wins over discovery. */
    public <T> Providers with(Capability<T> capability, T instance) {
        Map<Capability<?>, Object> copy = new HashMap<>(explicit);
        copy.put(capability, Objects.requireNonNull(instance, capability.name()));
        return new Providers(registry, config, copy, parent, inherited);
    }

    /** The same settings and registry without the explicit instance for {@code capability}, if there was one. */
    public Providers without(Capability<?> capability) {
        Map<Capability<?>, Object> copy = new HashMap<>(explicit);
        copy.remove(capability);
        return new Providers(registry, config, copy, parent, inherited);
    }

    /** The same registry and instances under other settings. */
    public Providers withConfig(ProviderConfig newConfig) {
        return new Providers(registry, newConfig, explicit, parent, inherited);
    }

    /**
     * The same, except that {@code capabilities} without an explicit instance here are {@code parent}'s own instances
     * (resolved there, once, when first asked for): heavy parts such as a store's connection pool or a recogniser's
     * model then exist once however many instances share them.
     */
    public Providers inheriting(Providers parent, Set<Capability<?>> capabilities) {
        return new Providers(registry, config, explicit, Objects.requireNonNull(parent, "parent"), capabilities);
    }

    /** Whether {@code capability} is another instance's, through {@link #inheriting}. */
    public boolean inherits(Capability<?> capability) {
        return parent != null && inherited.contains(capability) && !explicit.containsKey(capability);
    }

    /** The registry providers are discovered in. */
    public ProviderRegistry registry() {
        return registry;
    }

    /** The settings providers are created with. */
    public ProviderConfig config() {
        return config;
    }

    /**
     * The provider of an optional capability: the explicit instance, else the configured or discovered one, else empty.
     *
     * @throws dev.mocksy.ProviderSelectionException when several are found without a choice, or the configured id is
     *     missing or cannot serve
     */
    @SuppressWarnings("unchecked")
    public <T> Optional<T> find(Capability<T> capability) {
        Object instance = explicit.get(capability);
        if (instance != null) {
            return Optional.of((T) instance);
        }
        if (inherits(capability)) {
            return parent.find(capability);
        }
        return (Optional<T>) resolve(capability, capability, null);
    }

    /**
     * The provider of a capability that must be present.
     *
     * @throws dev.mocksy.ProviderSelectionException when there is none (naming the artifact to add), several without a
     *     choice, or the configured id is missing
     */
    public <T> T require(Capability<T> capability) {
        return find(capability).orElseThrow(() -> registry.missing(capability, config));
    }

    /** Whether the provider of {@code capability} is a remote one chosen from the registry. */
    public boolean isRemote(Capability<?> capability) {
        if (explicit.containsKey(capability)) {
            return false;
        }
        if (inherits(capability)) {
            return parent.isRemote(capability);
        }
        return registry.choose(capability, new ProviderContext(config, this, null), null)
                .map(ProviderFactory::remote)
                .orElse(false);
    }

    /** The provider ranked next below {@code above}; see {@link ProviderContext#fallback}. */
    <T> T below(Capability<T> capability, ProviderFactory<T> above) {
        return resolve(List.of(capability, above.id()), capability, above)
                .orElseThrow(() -> registry.missing(capability, config));
    }

    /** Synchronized, and re-entrant: creating one provider may resolve the others it builds on. */
    @SuppressWarnings("unchecked")
    private synchronized <T> Optional<T> resolve(Object key, Capability<T> capability, ProviderFactory<T> below) {
        Optional<?> cached = resolved.get(key);
        if (cached != null) {
            return (Optional<T>) cached;
        }
        Optional<T> created = registry.choose(capability, new ProviderContext(config, this, null), below)
                .map(factory -> factory.create(new ProviderContext(config, this, factory)));
        resolved.put(key, created);
        return created;
    }
}
