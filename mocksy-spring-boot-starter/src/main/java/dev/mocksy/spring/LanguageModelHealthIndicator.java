package dev.mocksy.spring;

import dev.mocksy.llm.LanguageModel;
import java.time.Duration;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;

/**
 * Whether Mocksy's language model is reachable and its key accepted. For OpenAI, Gemini and Claude it lists the
 * models, which spends no tokens; a model it cannot check that way (a LangChain4j model, an application's own) is
 * reported as {@code UNKNOWN} rather than called.
 */
final class LanguageModelHealthIndicator extends AbstractHealthIndicator {

    private final LanguageModel model;
    private final MocksySettings settings;
    private final ModelListProbe probe;

    LanguageModelHealthIndicator(LanguageModel model, MocksySettings settings, Duration timeout) {
        super("the language model health check failed");
        this.model = model;
        this.settings = settings;
        this.probe = new ModelListProbe(timeout);
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        builder.withDetail("model", model.name());
        String provider = settings.languageModel().orElse(null);
        if (provider == null || !ModelListProbe.supports(provider)) {
            builder.unknown().withDetail("check", "none that spends no tokens for this model");
            return;
        }
        ModelListProbe.Result result = probe.check(
                provider,
                settings.get("mocksy." + provider + ".base-url"),
                settings.get(MocksySettings.KEY_SETTINGS.get(provider)));
        (result.up() ? builder.up() : builder.down())
                .withDetail("provider", provider)
                .withDetail("check", result.detail());
    }
}
