package dev.mocksy.llm;

import dev.mocksy.ProviderSelectionException;
import dev.mocksy.spi.Capability;
import dev.mocksy.spi.ProviderConfig;
import dev.mocksy.spi.ProviderRegistry;
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
 * ({@code mocksy.<id>.model}), the base URL ({@code mocksy.<id>.base-url}), the attempts per call
 * ({@code mocksy.<id>.max-attempts}, 1 = no retries, default 3) and the deadline of one call, every attempt and wait
 * included ({@code mocksy.<id>.timeout-seconds}, default 30).
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

    /** The setting that limits the attempts of one call of provider {@code id}, e.g. {@code mocksy.openai.max-attempts}. */
    public static String maxAttemptsSetting(String id) {
        return "mocksy." + id + ".max-attempts";
    }

    /**
     * The setting that gives one call of provider {@code id} its deadline in seconds, every attempt and wait included,
     * e.g. {@code mocksy.openai.timeout-seconds}.
     */
    public static String timeoutSetting(String id) {
        return "mocksy." + id + ".timeout-seconds";
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

    /** A model that tries each of the given ones in order; see {@link FallbackLanguageModel}. */
    public static LanguageModel fallback(LanguageModel first, LanguageModel... others) {
        List<LanguageModel> all = new ArrayList<>();
        all.add(first);
        all.addAll(List.of(others));
        return new FallbackLanguageModel(all);
    }
}
