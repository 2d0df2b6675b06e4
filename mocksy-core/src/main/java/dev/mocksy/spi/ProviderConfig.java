package dev.mocksy.spi;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Settings for providers: explicit values first, then system properties, then environment variables.
 *
 * <p>Keys are dotted lower case ({@code mocksy.store.dir}); the matching environment variable is upper case with
 * underscores ({@code MOCKSY_STORE_DIR}). {@link #toString()} never prints values: settings may hold API keys.
 */
public final class ProviderConfig {

    private final Map<String, String> values;
    private final Function<String, String> systemProperties;
    private final Function<String, String> environment;

    private ProviderConfig(
            Map<String, String> values,
            Function<String, String> systemProperties,
            Function<String, String> environment) {
        this.values = Map.copyOf(values);
        this.systemProperties = systemProperties;
        this.environment = environment;
    }

    /** Explicit values, falling back to this JVM's system properties and environment. */
    public static ProviderConfig of(Map<String, String> values) {
        return new ProviderConfig(values, System::getProperty, System::getenv);
    }

    /** Only the given values: no system properties, no environment. For tests and sandboxed hosts. */
    public static ProviderConfig isolated(Map<String, String> values) {
        return new ProviderConfig(values, key -> null, key -> null);
    }

    /** The value of {@code key}, from the explicit values, a system property or the environment, in that order. */
    public Optional<String> get(String key) {
        String value = values.get(key);
        if (value == null) {
            value = systemProperties.apply(key);
        }
        if (value == null) {
            value = environment.apply(environmentName(key));
        }
        return Optional.ofNullable(value).map(String::strip).filter(v -> !v.isEmpty());
    }

    /** A copy with one more explicit value. */
    public ProviderConfig with(String key, String value) {
        Map<String, String> copy = new HashMap<>(values);
        copy.put(key, value);
        return new ProviderConfig(copy, systemProperties, environment);
    }

    /** The environment variable that backs {@code key}: {@code mocksy.store.dir -> MOCKSY_STORE_DIR}. */
    public static String environmentName(String key) {
        return key.toUpperCase(Locale.ROOT).replaceAll("[.\\-]", "_");
    }

    @Override
    public String toString() {
        return "ProviderConfig" + values.keySet().stream().sorted().toList();
    }
}
