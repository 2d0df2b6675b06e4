package dev.mocksy.llm.gemini;

import com.google.auto.service.AutoService;
import dev.mocksy.http.okhttp.HttpProviderConfig;
import dev.mocksy.http.okhttp.HttpProviderFactory;
import dev.mocksy.llm.LanguageModel;
import dev.mocksy.spi.LanguageModelProvider;

/**
 * Discovers {@link GeminiLanguageModel} as provider {@code gemini}.
 *
 * <p>Settings: {@code gemini.api-key} (environment {@code GEMINI_API_KEY}) or {@code google.api-key}
 * ({@code GOOGLE_API_KEY}), {@code mocksy.gemini.model}, {@code mocksy.gemini.base-url},
 * {@code mocksy.gemini.max-attempts} and {@code mocksy.gemini.timeout-seconds} (the deadline of one call, retries
 * included).
 */
@AutoService(LanguageModelProvider.class)
public final class GeminiLanguageModelProvider extends HttpProviderFactory<LanguageModel>
        implements LanguageModelProvider {

    public GeminiLanguageModelProvider() {
        super(GeminiLanguageModel.ID, GeminiLanguageModel.KEY_HELP, GeminiLanguageModel.KEY_SETTINGS);
    }

    @Override
    protected LanguageModel build(HttpProviderConfig config) {
        GeminiLanguageModel.Builder builder = config.configure(GeminiLanguageModel.builder());
        config.model().ifPresent(builder::model);
        return builder.build();
    }
}
