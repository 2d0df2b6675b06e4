package dev.mocksy.llm.claude;

import com.google.auto.service.AutoService;
import dev.mocksy.http.okhttp.HttpProviderConfig;
import dev.mocksy.http.okhttp.HttpProviderFactory;
import dev.mocksy.llm.LanguageModel;
import dev.mocksy.spi.LanguageModelProvider;

/**
 * Discovers {@link ClaudeLanguageModel} as provider {@code claude}.
 *
 * <p>Settings: {@code anthropic.api-key} (environment {@code ANTHROPIC_API_KEY}), {@code mocksy.claude.model},
 * {@code mocksy.claude.base-url}, {@code mocksy.claude.max-attempts} and {@code mocksy.claude.timeout-seconds} (the
 * deadline of one call, retries included).
 */
@AutoService(LanguageModelProvider.class)
public final class ClaudeLanguageModelProvider extends HttpProviderFactory<LanguageModel>
        implements LanguageModelProvider {

    public ClaudeLanguageModelProvider() {
        super(ClaudeLanguageModel.ID, ClaudeLanguageModel.KEY_HELP, ClaudeLanguageModel.KEY_SETTING);
    }

    @Override
    protected LanguageModel build(HttpProviderConfig config) {
        ClaudeLanguageModel.Builder builder = config.configure(ClaudeLanguageModel.builder());
        config.model().ifPresent(builder::model);
        return builder.build();
    }
}
