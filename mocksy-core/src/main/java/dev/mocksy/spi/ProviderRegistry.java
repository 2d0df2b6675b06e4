package dev.mocksy.spi;

import dev.mocksy.ProviderSelectionException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the provider of each capability.
 *
 * <p>The rule, in order: the id configured by {@link Capability#property()} (builder value, system property or
 * environment variable); otherwise the only provider of the highest {@link ProviderFactory#priority() priority}.
 * None, or several without a choice, is a {@link ProviderSelectionException} listing what was found and how to
 * choose. Passing an instance to the {@code Mocksy} builder bypasses discovery altogether.
 */
public final class ProviderRegistry {

    private static final Logger log = LoggerFactory.getLogger(ProviderRegistry.class);

    private final Map<Class<?>, ProviderLoader.Loaded<?>> cache = new ConcurrentHashMap<>();

    /** A registry over the current class path. */
    public static ProviderRegistry create() {
        return new ProviderRegistry();
    }

    /** The ids of every provider found for the capability, in discovery order. */
    public List<String> ids(Capability<?> capability) {
        return factories(capability).stream().map(ProviderFactory::id).toList();
    }

    /** Providers of the capability that failed to load, each with its reason. */
    public List<String> broken(Capability<?> capability) {
        return loaded(capability).broken();
    }

    /**
     * Creates the chosen provider of the capability.
     *
     * @throws ProviderSelectionException when none is found, several are found without a choice, or the configured
     *     id is not among them
     */
    public <T> T create(Capability<T> capability, ProviderConfig config) {
        return createIfPresent(capability, config)
                .orElseThrow(() -> new ProviderSelectionException(
                        capability.name(),
                        List.of(),
                        "no " + capability.name() + " provider found; add " + capability.artifacts()
                                + " to the class path, or pass an instance to the Mocksy builder"
                                + brokenSuffix(capability)));
    }

    /**
     * Creates the chosen provider, or returns empty when none is present and none is configured (for optional
     * capabilities such as a language model).
     *
     * @throws ProviderSelectionException when several are found without a choice, or the configured id is missing
     */
    public <T> Optional<T> createIfPresent(Capability<T> capability, ProviderConfig config) {
        List<? extends ProviderFactory<T>> factories = factories(capability);
        List<String> ids = factories.stream().map(ProviderFactory::id).toList();
        Optional<String> chosen = config.get(capability.property());
        ProviderFactory<T> factory;
        if (chosen.isPresent()) {
            factory = factories.stream()
                    .filter(f -> f.id().equalsIgnoreCase(chosen.get()))
                    .findFirst()
                    .orElseThrow(() -> new ProviderSelectionException(
                            capability.name(),
                            ids,
                            capability.property() + " chooses " + capability.name() + " provider '" + chosen.get()
                                    + "' but the class path has " + describe(ids) + "; add the module that provides '"
                                    + chosen.get() + "' (" + capability.artifacts() + ") or choose one of these"
                                    + brokenSuffix(capability)));
        } else if (factories.isEmpty()) {
            return Optional.empty();
        } else {
            int top =
                    factories.stream().mapToInt(ProviderFactory::priority).max().orElseThrow();
            List<? extends ProviderFactory<T>> best =
                    factories.stream().filter(f -> f.priority() == top).toList();
            if (best.size() > 1) {
                List<String> bestIds = best.stream().map(ProviderFactory::id).toList();
                throw new ProviderSelectionException(
                        capability.name(),
                        ids,
                        "several " + capability.name() + " providers found: " + describe(bestIds) + "; choose one with "
                                + "-D" + capability.property() + "=<id>, the environment variable "
                                + ProviderConfig.environmentName(capability.property())
                                + ", or an instance passed to the Mocksy builder");
            }
            factory = best.get(0);
        }
        log.debug(
                "{}: using provider '{}' ({}) from {}",
                capability.name(),
                factory.id(),
                factory.getClass().getName(),
                source(factory));
        return Optional.of(factory.create(config));
    }

    @SuppressWarnings("unchecked")
    private <T> List<? extends ProviderFactory<T>> factories(Capability<T> capability) {
        return ((List<? extends ProviderFactory<T>>) loaded(capability).providers())
                .stream()
                        .sorted(Comparator.comparingInt((ProviderFactory<T> f) -> -f.priority()))
                        .toList();
    }

    private ProviderLoader.Loaded<?> loaded(Capability<?> capability) {
        return cache.computeIfAbsent(capability.factoryType(), ProviderLoader::load);
    }

    private String brokenSuffix(Capability<?> capability) {
        List<String> broken = broken(capability);
        return broken.isEmpty() ? "" : "; providers that failed to load: " + String.join("; ", broken);
    }

    private static String describe(List<String> ids) {
        return ids.isEmpty() ? "none" : ids.stream().map(id -> "'" + id + "'").collect(Collectors.joining(", "));
    }

    private static String source(Object factory) {
        var codeSource = factory.getClass().getProtectionDomain().getCodeSource();
        return codeSource == null ? "unknown location" : String.valueOf(codeSource.getLocation());
    }
}
