package dev.mocksy.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mocksy.ProviderSelectionException;
import dev.mocksy.spi.ProviderConfig;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LanguageModelsTest {

    @Test
    void should_read_attempts_and_timeouts_from_a_providers_settings() {
        ProviderConfig config =
                ProviderConfig.isolated(Map.of("mocksy.acme.max-attempts", "5", "mocksy.acme.timeout-seconds", "8"));

        assertThat(LanguageModels.retryPolicy("acme", config).maxAttempts()).isEqualTo(5);
        Timeouts timeouts = LanguageModels.timeouts("acme", config);
        assertThat(timeouts.total()).isEqualTo(Duration.ofSeconds(8));
        assertThat(timeouts.read()).isEqualTo(Duration.ofSeconds(8));
        assertThat(timeouts.connect()).isEqualTo(Duration.ofSeconds(8));
    }

    @Test
    void should_use_the_defaults_without_settings() {
        ProviderConfig config = ProviderConfig.isolated(Map.of());

        assertThat(LanguageModels.retryPolicy("acme", config).maxAttempts()).isEqualTo(3);
        assertThat(LanguageModels.timeouts("acme", config)).isEqualTo(Timeouts.DEFAULT);
    }

    @Test
    void should_name_a_bad_setting() {
        ProviderConfig config = ProviderConfig.isolated(Map.of("mocksy.acme.max-attempts", "many"));

        assertThatThrownBy(() -> LanguageModels.retryPolicy("acme", config))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("mocksy.acme.max-attempts");
    }

    @Test
    void should_say_which_artifact_to_add_when_no_provider_is_on_the_class_path() {
        assertThatThrownBy(() -> LanguageModels.create("openai", null, null, ProviderConfig.isolated(Map.of())))
                .isInstanceOf(ProviderSelectionException.class)
                .hasMessageContaining("openai");
        assertThatThrownBy(() -> LanguageModels.create(" ", null, null, ProviderConfig.isolated(Map.of())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("openai, gemini or claude");
    }
}
