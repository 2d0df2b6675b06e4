package dev.mocksy.llm.claude;

import com.google.auto.service.AutoService;
import dev.mocksy.AuthenticationException;
import dev.mocksy.llm.LanguageModel;
import dev.mocksy.llm.LanguageModels;
import dev.mocksy.spi.LanguageModelProvider;
import dev.mocksy.spi.ProviderConfig;
import dev.mocksy.spi.ProviderContext;

/**
 * Discovers {@link ClaudeLanguageModel} as provider {@code claude}.
 *
 * <p>Settings: {@code anthropic.api-key} (environment {@code ANTHROPIC_API_KEY}), {@code mocksy.claude.model},
 * {@code mocksy.claude.base-url}.
 */
@AutoService(LanguageModelProvider.class)
public final class ClaudeLanguageModelProvider implements LanguageModelProvider {

    @Override
    public String id() {
        return ClaudeLanguageModel.ID;
    }

    @Override
    public LanguageModel create(ProviderContext context) {
        ProviderConfig config = context.config();
        ClaudeLanguageModel.Builder builder = ClaudeLanguageModel.builder();
        config.get(LanguageModels.modelSetting(id())).ifPresent(builder::model);
        builder.retryPolicy(LanguageModels.retryPolicy(id(), config)).timeouts(LanguageModels.timeouts(id(), config));
        config.get(LanguageModels.baseUrlSetting(id())).ifPresent(builder::baseUrl);
        String key = config.get("anthropic.api-key")
                .orElseThrow(() ->
                        new AuthenticationException(id(), "no API key is configured", ClaudeLanguageModel.KEY_HELP, 0));
        return builder.apiKey(key).build();
    }

    /** Sends data to the provider's servers: used only when chosen by id, never by discovery. */
    @Override
    public boolean remote() {
        return true;
    }
}
