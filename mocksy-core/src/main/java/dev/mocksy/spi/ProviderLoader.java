package dev.mocksy.spi;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * All {@link ServiceLoader} work in one place: the context class loader first, then Mocksy's own, each provider
 * class once; a provider that fails to load is reported by name and the others still load.
 */
final class ProviderLoader {

    private static final Logger log = LoggerFactory.getLogger(ProviderLoader.class);

    /** Providers of one service type, and the ones that could not be loaded. */
    record Loaded<F>(List<F> providers, List<String> broken) {}

    private ProviderLoader() {}

    static <F> Loaded<F> load(Class<F> serviceType) {
        Map<String, F> byClass = new LinkedHashMap<>();
        List<String> broken = new ArrayList<>();
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        ClassLoader own = ProviderLoader.class.getClassLoader();
        for (ClassLoader loader : context == null || context == own ? List.of(own) : List.of(context, own)) {
            Iterator<F> iterator = ServiceLoader.load(serviceType, loader).iterator();
            while (true) {
                try {
                    if (!iterator.hasNext()) {
                        break;
                    }
                    F provider = iterator.next();
                    byClass.putIfAbsent(provider.getClass().getName(), provider);
                } catch (ServiceConfigurationError | LinkageError | RuntimeException e) {
                    String reason = describe(e);
                    if (!broken.contains(reason)) {
                        broken.add(reason);
                        log.warn("Skipping a {} provider that failed to load: {}", serviceType.getSimpleName(), reason);
                    }
                }
            }
        }
        return new Loaded<>(List.copyOf(byClass.values()), List.copyOf(broken));
    }

    /** The error and its root cause: ServiceLoader's own message names the class but not why it failed. */
    private static String describe(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = String.valueOf(error.getMessage());
        return root == error
                ? message
                : message + " (" + root.getClass().getSimpleName() + ": " + root.getMessage() + ")";
    }
}
