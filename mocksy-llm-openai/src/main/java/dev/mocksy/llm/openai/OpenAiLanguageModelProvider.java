package dev.mocksy.llm.openai;

import com.google.auto.service.AutoService;
import dev.mocksy.AuthenticationException;
import dev.mocksy.llm.LanguageModel;
import dev.mocksy.llm.LanguageModels;
import dev.mocksy.spi.LanguageModelProvider;
import dev.mocksy.spi.ProviderConfig;
import dev.mocksy.spi.ProviderContext;

/**
 * Discovers {@link OpenAiLanguageModel} as provider {@code openai}.
 *
 * <p>Settings: {@code openai.api-key} (environment {@code OPENAI_API_KEY}), {@code mocksy.openai.model},
 * {@code mocksy.openai.base-url} (environment {@code MOCKSY_OPENAI_BASE_URL}, or {@code OPENAI_BASE_URL}),
 * {@code mocksy.openai.api-key-header} ({@code api-key} for Azure OpenAI keys).
 */
@AutoService(LanguageModelProvider.class)
public final class OpenAiLanguageModelProvider implements LanguageModelProvider {

    @Override
    public String id() {
        return OpenAiLanguageModel.ID;
    }

    @Override
    public LanguageModel create(ProviderContext context) {
        ProviderConfig config = context.config();
        OpenAiLanguageModel.Builder builder = OpenAiLanguageModel.builder();
        config.get(LanguageModels.modelSetting(id())).ifPresent(builder::model);
        builder.retryPolicy(LanguageModels.retryPolicy(id(), config)).timeouts(LanguageModels.timeouts(id(), config));
        config.get(LanguageModels.baseUrlSetting(id()))
                .or(() -> config.get("openai.base-url"))
                .ifPresent(builder::baseUrl);
        config.get("mocksy.openai.api-key-header").ifPresent(builder::apiKeyHeader);
        String key = config.get("openai.api-key")
                .orElseThrow(() ->
                        new AuthenticationException(id(), "no API key is configured", OpenAiLanguageModel.KEY_HELP, 0));
        return builder.apiKey(key).build();
    }

    /** Sends data to the provider's servers: used only when chosen by id, never by discovery. */
    @Override
    public boolean remote() {
        return true;
    }
}
