package dev.mocksy.http.okhttp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class HttpProviderSettingsTest {

    private final HttpProviderSettings settings = new HttpProviderSettings("model-a", "https://api.example.com/v1");

    @Test
    void should_start_from_the_provider_defaults_without_a_key() {
        assertThat(settings.model()).isEqualTo("model-a");
        assertThat(settings.baseUrl().resolve("messages").toString()).isEqualTo("https://api.example.com/v1/messages");
        assertThat(settings.apiKey()).isNull();
    }

    @Test
    void should_strip_the_model_and_key() {
        settings.model("  model-b ");
        settings.apiKey(" sk-test ");

        assertThat(settings.model()).isEqualTo("model-b");
        assertThat(settings.apiKey().reveal()).isEqualTo("sk-test");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void should_refuse_a_blank_model_naming_the_setting(String model) {
        assertThatThrownBy(() -> settings.model(model))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("model must not be blank");
    }

    @Test
    void should_refuse_missing_collaborators_naming_the_setting() {
        assertThatThrownBy(() -> settings.timeouts(null)).hasMessage("timeouts");
        assertThatThrownBy(() -> settings.retryPolicy(null)).hasMessage("retryPolicy");
        assertThatThrownBy(() -> settings.httpClient(null)).hasMessage("httpClient");
        assertThatThrownBy(() -> settings.clock(null)).hasMessage("clock");
    }
}
