package dev.mocksy.spring;

import dev.mocksy.MocksyHome;
import dev.mocksy.spi.Capability;
import dev.mocksy.spi.ProviderConfig;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The Mocksy settings the application's properties stand for, shared by every bean the starter builds so that the
 * store, the language model and {@link dev.mocksy.Mocksy} itself see the same values.
 */
public final class MocksySettings {

    /** The language model providers and the setting each reads its key from. */
    static final Map<String, String> KEY_SETTINGS =
            Map.of("openai", "openai.api-key", "gemini", "gemini.api-key", "claude", "anthropic.api-key");

    private static final Set<String> STORES = Set.of("memory", "file", "jdbc");

    private final Map<String, String> values;
    private final String languageModel;

    private MocksySettings(Map<String, String> values, String languageModel) {
        this.values = Map.copyOf(values);
        this.languageModel = languageModel;
    }

    /**
     * The settings of these properties.
     *
     * @throws IllegalArgumentException when a value is out of range (an unknown store type, a key without a provider),
     *     naming the property
     */
    public static MocksySettings of(MocksyProperties properties) {
        Map<String, String> values = new LinkedHashMap<>(properties.getSettings());
        putIfSet(values, MocksyHome.PROPERTY, properties.getHome());
        String provider = blankToNull(properties.getLanguageModel());
        String id = provider == null ? null : provider.toLowerCase(Locale.ROOT);
        if (id != null) {
            values.put(Capability.LANGUAGE_MODEL.property(), id);
        }
        boolean chosen = id != null && !id.equals("offline");
        if (blankToNull(properties.getApiKey()) != null) {
            if (!chosen) {
                throw new IllegalArgumentException(
                        "mocksy.api-key is set but mocksy.language-model is not: set mocksy.language-model to openai,"
                                + " gemini or claude");
            }
            String keySetting = KEY_SETTINGS.get(id);
            if (keySetting == null) {
                throw new IllegalArgumentException("mocksy.api-key works with openai, gemini or claude; for provider '"
                        + id + "' set its key under mocksy.settings");
            }
            values.put(keySetting, properties.getApiKey().strip());
        }
        if (chosen) {
            putIfSet(values, "mocksy." + id + ".model", properties.getModel());
            putIfSet(values, "mocksy." + id + ".base-url", properties.getBaseUrl());
        } else if (blankToNull(properties.getModel()) != null || blankToNull(properties.getBaseUrl()) != null) {
            throw new IllegalArgumentException("mocksy.model and mocksy.base-url need mocksy.language-model");
        }
        MocksyProperties.Store store = properties.getStore();
        String type = blankToNull(store.getType());
        if (type == null && blankToNull(store.getUrl()) != null) {
            type = "jdbc";
        }
        if (type != null) {
            type = type.toLowerCase(Locale.ROOT);
            if (!STORES.contains(type)) {
                throw new IllegalArgumentException("mocksy.store.type must be memory, file or jdbc, got " + type);
            }
            values.put(Capability.INTERVIEW_STORE.property(), type);
        }
        putIfSet(values, "mocksy.store.url", store.getUrl());
        putIfSet(values, "mocksy.store.user", store.getUser());
        putIfSet(values, "mocksy.store.password", store.getPassword());
        putIfSet(values, Capability.SPEECH_TO_TEXT.property(), properties.getSpeechToText());
        putIfSet(values, Capability.TEXT_TO_SPEECH.property(), properties.getTextToSpeech());
        putIfSet(values, Capability.VISION_ANALYZER.property(), properties.getVisionAnalyzer());
        return new MocksySettings(values, chosen ? id : null);
    }

    /** Every setting, to hand to {@code Mocksy.builder().setting(...)}. */
    public Map<String, String> values() {
        return values;
    }

    /** The settings over system properties and the environment, as providers read them. */
    public ProviderConfig config() {
        return ProviderConfig.of(values);
    }

    /** The language model provider chosen in the properties (not {@code offline}), if any. */
    public Optional<String> languageModel() {
        return Optional.ofNullable(languageModel);
    }

    /** The setting value, from the properties, a system property or the environment. */
    Optional<String> get(String key) {
        return config().get(key);
    }

    @Override
    public String toString() {
        return "MocksySettings[" + values.keySet() + "]";
    }

    private static void putIfSet(Map<String, String> values, String key, String value) {
        String stripped = blankToNull(value);
        if (stripped != null) {
            values.put(key, stripped);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
