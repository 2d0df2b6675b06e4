package dev.mocksy.llm.gemini;

import com.google.auto.service.AutoService;
import dev.mocksy.AuthenticationException;
import dev.mocksy.llm.LanguageModel;
import dev.mocksy.llm.LanguageModels;
import dev.mocksy.spi.LanguageModelProvider;
import dev.mocksy.spi.ProviderConfig;
import dev.mocksy.spi.ProviderContext;

/**
 * Discovers {@link GeminiLanguageModel} as provider {@code gemini}.
 *
 * <p>Settings: {@code gemini.api-key} (environment {@code GEMINI_API_KEY}) or {@code google.api-key}
 * ({@code GOOGLE_API_KEY}), {@code mocksy.gemini.model}, {@code mocksy.gemini.base-url}.
 */
@AutoService(LanguageModelProvider.class)
public final class GeminiLanguageModelProvider implements LanguageModelProvider {

    @Override
    public String id() {
        return GeminiLanguageModel.ID;
    }

    @Override
    public LanguageModel create(ProviderContext context) {
        ProviderConfig config = context.config();
        GeminiLanguageModel.Builder builder = GeminiLanguageModel.builder();
        config.get(LanguageModels.modelSetting(id())).ifPresent(builder::model);
        builder.retryPolicy(LanguageModels.retryPolicy(id(), config)).timeouts(LanguageModels.timeouts(id(), config));
        config.get(LanguageModels.baseUrlSetting(id())).ifPresent(builder::baseUrl);
        String key = config.get("gemini.api-key")
                .or(() -> config.get("google.api-key"))
                .orElseThrow(() ->
                        new AuthenticationException(id(), "no API key is configured", GeminiLanguageModel.KEY_HELP, 0));
        return builder.apiKey(key).build();
    }

    /** Sends data to the provider's servers: used only when chosen by id, never by discovery. */
    @Override
    public boolean remote() {
        return true;
    }
}
