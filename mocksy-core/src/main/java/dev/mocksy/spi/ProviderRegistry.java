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
 * Finds the provider factories on the class path and chooses one per capability; the one place discovery happens.
 *
 * <p>A provider is chosen, in order: by the id configured for the capability (builder setting, system property or
 * environment variable, e.g. {@code mocksy.answer-evaluator=heuristic}); otherwise the only available provider of
 * the highest priority. Remote providers (which send data off the machine) are used only when chosen by id. None, or
 * several of the same priority, is a {@link ProviderSelectionException} that lists what was found and how to choose.
 * Explicit instances, given through {@link Providers}, win over all of this.
 */
public final class ProviderRegistry {

    private static final Logger log = LoggerFactory.getLogger(ProviderRegistry.class);

    /** The value of a capability's setting that chooses none of its providers (for optional capabilities). */
    public static final String NONE = "none";

    private final Map<Class<?>, ProviderLoader.Loaded<?>> cache = new ConcurrentHashMap<>();

    private ProviderRegistry() {}

    /** A registry over the current class path. */
    public static ProviderRegistry create() {
        return new ProviderRegistry();
    }

    /** The ids of every provider found for the capability, highest priority first. */
    public List<String> ids(Capability<?> capability) {
        return factories(capability).stream().map(ProviderFactory::id).toList();
    }

    /** Providers of the capability that failed to load, each with its reason. */
    public List<String> broken(Capability<?> capability) {
        return loaded(capability).broken();
    }

    /**
     * Creates the chosen provider of the capability with settings only (no explicit instances).
     *
     * @throws ProviderSelectionException when none is found, several are found without a choice, or the configured
     *     id is not among them
     */
    public <T> T create(Capability<T> capability, ProviderConfig config) {
        return Providers.of(this, config).require(capability);
    }

    /**
     * Creates the chosen provider, or returns empty when none is configured and none may be discovered (for optional
     * capabilities such as a language model).
     *
     * @throws ProviderSelectionException when several are found without a choice, or the configured id is missing
     */
    public <T> Optional<T> createIfPresent(Capability<T> capability, ProviderConfig config) {
        return Providers.of(this, config).find(capability);
    }

    /**
     * The factory to use for {@code capability}, or empty when none applies. Only factories ranked below
     * {@code below} are candidates when it is given (the fallback of a decorating provider), and then the configured
     * id does not apply: it chose {@code below} or one above it.
     */
    <T> Optional<ProviderFactory<T>> choose(
            Capability<T> capability, ProviderContext context, ProviderFactory<T> below) {
        List<ProviderFactory<T>> factories = factories(capability);
        Optional<String> chosen = below == null ? context.config().get(capability.property()) : Optional.empty();
        if (chosen.isPresent()) {
            if (choosesNone(capability, chosen.get())) {
                return Optional.empty();
            }
            ProviderFactory<T> factory = factories.stream()
                    .filter(f -> f.id().equalsIgnoreCase(chosen.get()))
                    .findFirst()
                    .orElseThrow(() -> new ProviderSelectionException(
                            capability.name(),
                            ids(capability),
                            capability.property() + " chooses " + capability.name() + " provider '" + chosen.get()
                                    + "' but the class path has " + describe(ids(capability))
                                    + "; add the module that provides '" + chosen.get() + "' ("
                                    + capability.artifacts() + ") or choose one of these" + brokenSuffix(capability)));
            if (!factory.isAvailable(context)) {
                throw new ProviderSelectionException(
                        capability.name(),
                        ids(capability),
                        capability.property() + " chooses " + capability.name() + " provider '" + factory.id()
                                + "', but " + factory.unavailableReason());
            }
            return log(capability, factory);
        }
        List<ProviderFactory<T>> candidates = factories.stream()
                .filter(f -> below == null || f.priority() < below.priority())
                .filter(f -> !f.remote())
                .filter(f -> f.isAvailable(context))
                .toList();
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        int top = candidates.get(0).priority();
        List<String> best = candidates.stream()
                .filter(f -> f.priority() == top)
                .map(ProviderFactory::id)
                .toList();
        if (best.size() > 1) {
            throw new ProviderSelectionException(
                    capability.name(),
                    ids(capability),
                    "several " + capability.name() + " providers found: " + describe(best) + "; choose one with -D"
                            + capability.property() + "=<id>, the environment variable "
                            + ProviderConfig.environmentName(capability.property())
                            + ", or an instance passed to the Mocksy builder");
        }
        return log(capability, candidates.get(0));
    }

    /** {@code none} for any capability; also {@code offline} for the language model, as the command line says it. */
    private static boolean choosesNone(Capability<?> capability, String value) {
        return value.equalsIgnoreCase(NONE)
                || (capability.equals(Capability.LANGUAGE_MODEL) && value.equalsIgnoreCase("offline"));
    }

    /** The error for a required capability that nothing provides. */
    ProviderSelectionException missing(Capability<?> capability, ProviderConfig config) {
        List<String> remote = factories(capability).stream()
                .filter(ProviderFactory::remote)
                .map(ProviderFactory::id)
                .toList();
        String remoteHint = remote.isEmpty()
                ? ""
                : "; the remote providers " + describe(remote) + " on the class path send data off the machine and"
                        + " are used only when"
                        + " chosen: -D" + capability.property() + "=<id> or "
                        + ProviderConfig.environmentName(capability.property()) + "=<id>";
        return new ProviderSelectionException(
                capability.name(),
                ids(capability),
                "no " + capability.name() + " provider found; add " + capability.artifacts()
                        + " to the class path, or pass an instance to the Mocksy builder" + remoteHint
                        + brokenSuffix(capability));
    }

    private static <T> Optional<ProviderFactory<T>> log(Capability<T> capability, ProviderFactory<T> factory) {
        log.debug(
                "{}: using provider '{}' ({}) from {}",
                capability.name(),
                factory.id(),
                factory.getClass().getName(),
                source(factory));
        return Optional.of(factory);
    }

    @SuppressWarnings("unchecked")
    private <T> List<ProviderFactory<T>> factories(Capability<T> capability) {
        return ((List<ProviderFactory<T>>) loaded(capability).providers())
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
