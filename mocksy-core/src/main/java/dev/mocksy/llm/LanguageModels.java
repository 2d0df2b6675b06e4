package dev.mocksy.llm;

import dev.mocksy.ProviderSelectionException;
import dev.mocksy.http.RetryPolicy;
import dev.mocksy.spi.Capability;
import dev.mocksy.spi.ProviderConfig;
import dev.mocksy.spi.ProviderRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Creates language models by provider id, for command lines and configuration files.
 *
 * <pre>{@code
 * LanguageModel model = LanguageModels.create("claude", null, null, ProviderConfig.of(Map.of()));
 * }</pre>
 *
 * <p>Settings each provider reads (builder value, system property, then environment variable): the key
 * ({@code openai.api-key} / {@code OPENAI_API_KEY}, {@code gemini.api-key} / {@code GEMINI_API_KEY} or
 * {@code GOOGLE_API_KEY}, {@code anthropic.api-key} / {@code ANTHROPIC_API_KEY}), the model
 * ({@code mocksy.<id>.model}) and the base URL ({@code mocksy.<id>.base-url}).
 */
public final class LanguageModels {

    private LanguageModels() {}

    /** The setting that names the model of provider {@code id}, e.g. {@code mocksy.openai.model}. */
    public static String modelSetting(String id) {
        return "mocksy." + id + ".model";
    }

    /** The setting that names the base URL of provider {@code id}, e.g. {@code mocksy.openai.base-url}. */
    public static String baseUrlSetting(String id) {
        return "mocksy." + id + ".base-url";
    }

    /**
     * Creates the language model of a provider found on the class path.
     *
     * @param provider the provider id: {@code openai}, {@code gemini} or {@code claude}
     * @param model the model, or {@code null} for the provider's default
     * @param baseUrl the API's base URL, or {@code null} for the provider's own (e.g. an OpenAI-compatible server)
     * @param config where keys and other settings come from
     * @throws dev.mocksy.AuthenticationException when the provider's key is missing, saying how to set it
     * @throws ProviderSelectionException when no provider with that id is on the class path, naming the artifact
     */
    public static LanguageModel create(String provider, String model, String baseUrl, ProviderConfig config) {
        if (provider == null || provider.isBlank()) {
            throw new IllegalArgumentException("provider must not be blank; choose openai, gemini or claude");
        }
        Objects.requireNonNull(config, "config");
        String id = provider.strip().toLowerCase(Locale.ROOT);
        ProviderConfig effective = config.with(Capability.LANGUAGE_MODEL.property(), id);
        if (model != null && !model.isBlank()) {
            effective = effective.with(modelSetting(id), model.strip());
        }
        if (baseUrl != null && !baseUrl.isBlank()) {
            effective = effective.with(baseUrlSetting(id), baseUrl.strip());
        }
        return ProviderRegistry.create()
                .createIfPresent(Capability.LANGUAGE_MODEL, effective)
                .orElseThrow(() -> new ProviderSelectionException(
                        Capability.LANGUAGE_MODEL.name(),
                        List.of(),
                        "no LanguageModel provider '" + id + "' found; add " + Capability.LANGUAGE_MODEL.artifacts()));
    }

    /**
     * The retry policy a provider's settings ask for: {@code mocksy.<id>.max-attempts} (1 = no retries), else the
     * defaults.
     *
     * @throws IllegalArgumentException when the setting is not a number from 1 to 20, naming it
     */
    public static RetryPolicy retryPolicy(String id, ProviderConfig config) {
        String key = "mocksy." + id + ".max-attempts";
        return config.get(key)
                .map(value ->
                        RetryPolicy.builder().maxAttempts(parse(key, value)).build())
                .orElseGet(RetryPolicy::defaults);
    }

    /**
     * The timeouts a provider's settings ask for: {@code mocksy.<id>.timeout-seconds} for the whole call (connect
     * and read stay at their defaults unless longer than it), else the defaults.
     *
     * @throws IllegalArgumentException when the setting is not a positive number, naming it
     */
    public static Timeouts timeouts(String id, ProviderConfig config) {
        String key = "mocksy." + id + ".timeout-seconds";
        return config.get(key)
                .map(value -> {
                    Duration total = Duration.ofSeconds(parse(key, value));
                    Timeouts defaults = Timeouts.DEFAULT;
                    return new Timeouts(min(defaults.connect(), total), min(defaults.read(), total), total);
                })
                .orElse(Timeouts.DEFAULT);
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static int parse(String key, String value) {
        try {
            int number = Integer.parseInt(value.strip());
            if (number < 1) {
                throw new IllegalArgumentException(key + " must be positive, got " + value);
            }
            return number;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a whole number, got '" + value + "'", e);
        }
    }

    /** A model that tries each of the given ones in order; see {@link FallbackLanguageModel}. */
    public static LanguageModel fallback(LanguageModel first, LanguageModel... others) {
        List<LanguageModel> all = new ArrayList<>();
        all.add(first);
        all.addAll(List.of(others));
        return new FallbackLanguageModel(all);
    }
}
