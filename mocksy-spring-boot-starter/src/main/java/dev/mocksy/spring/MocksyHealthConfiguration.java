package dev.mocksy.spring;

import dev.mocksy.llm.LanguageModel;
import dev.mocksy.store.InterviewStore;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.health.CompositeHealthContributor;
import org.springframework.boot.actuate.health.HealthContributor;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;

/**
 * Actuator health under {@code mocksy}: {@code languageModel} (reachable, key accepted, no tokens spent) when one is
 * configured, {@code store}, and {@code speechToText} / {@code textToSpeech} when Whisper or OpenAI's voice is chosen.
 * Off with {@code management.health.mocksy.enabled=false}.
 */
@AutoConfiguration(after = MocksyAutoConfiguration.class)
@ConditionalOnClass(HealthIndicator.class)
@ConditionalOnProperty(prefix = "management.health.mocksy", name = "enabled", matchIfMissing = true)
public class MocksyHealthConfiguration {

    /** How long one health probe may take. */
    static final Duration PROBE_TIMEOUT = Duration.ofSeconds(5);

    @Bean
    @ConditionalOnMissingBean(name = "mocksyHealthContributor")
    public HealthContributor mocksyHealthContributor(
            MocksySettings settings,
            ObjectProvider<LanguageModel> languageModel,
            ObjectProvider<InterviewStore> store) {
        Map<String, HealthContributor> parts = new LinkedHashMap<>();
        languageModel.ifUnique(
                model -> parts.put("languageModel", new LanguageModelHealthIndicator(model, settings, PROBE_TIMEOUT)));
        store.ifUnique(s -> parts.put("store", new StoreHealthIndicator(s)));
        RemoteSpeechHealthIndicator.whisper(settings).ifPresent(h -> parts.put("speechToText", h));
        RemoteSpeechHealthIndicator.openAiVoice(settings).ifPresent(h -> parts.put("textToSpeech", h));
        return CompositeHealthContributor.fromMap(parts);
    }
}
