package dev.mocksy.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mocksy.ProviderSelectionException;
import dev.mocksy.spi.ProviderConfig;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LanguageModelsTest {

    @Test
    void should_name_the_settings_every_provider_reads() {
        assertThat(LanguageModels.modelSetting("acme")).isEqualTo("mocksy.acme.model");
        assertThat(LanguageModels.baseUrlSetting("acme")).isEqualTo("mocksy.acme.base-url");
        assertThat(LanguageModels.maxAttemptsSetting("acme")).isEqualTo("mocksy.acme.max-attempts");
        assertThat(LanguageModels.timeoutSetting("acme")).isEqualTo("mocksy.acme.timeout-seconds");
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
