package dev.mocksy.llm.openai;

import com.google.auto.service.AutoService;
import dev.mocksy.http.okhttp.HttpProviderConfig;
import dev.mocksy.http.okhttp.HttpProviderFactory;
import dev.mocksy.llm.LanguageModel;
import dev.mocksy.spi.LanguageModelProvider;

/**
 * Discovers {@link OpenAiLanguageModel} as provider {@code openai}.
 *
 * <p>Settings: {@code openai.api-key} (environment {@code OPENAI_API_KEY}), {@code mocksy.openai.model},
 * {@code mocksy.openai.base-url} (environment {@code MOCKSY_OPENAI_BASE_URL}, or {@code OPENAI_BASE_URL}),
 * {@code mocksy.openai.api-key-header} ({@code api-key} for Azure OpenAI keys), {@code mocksy.openai.max-attempts}
 * and {@code mocksy.openai.timeout-seconds} (the deadline of one call, retries included).
 */
@AutoService(LanguageModelProvider.class)
public final class OpenAiLanguageModelProvider extends HttpProviderFactory<LanguageModel>
        implements LanguageModelProvider {

    public OpenAiLanguageModelProvider() {
        super(OpenAiLanguageModel.ID, OpenAiLanguageModel.KEY_HELP, OpenAiLanguageModel.KEY_SETTING);
    }

    @Override
    protected LanguageModel build(HttpProviderConfig config) {
        OpenAiLanguageModel.Builder builder = config.configure(OpenAiLanguageModel.builder());
        config.model().ifPresent(builder::model);
        config.baseUrl("openai.base-url").ifPresent(builder::baseUrl);
        config.get("mocksy.openai.api-key-header").ifPresent(builder::apiKeyHeader);
        return builder.build();
    }
}
