package dev.mocksy.http.okhttp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mocksy.AuthenticationException;
import dev.mocksy.http.Canaries;
import dev.mocksy.llm.Timeouts;
import dev.mocksy.spi.ProviderConfig;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HttpProviderConfigTest {

    private static HttpProviderConfig config(Map<String, String> settings) {
        return new HttpProviderConfig(
                "acme",
                "set ACME_API_KEY",
                List.of("acme.api-key", "other.api-key"),
                ProviderConfig.isolated(settings));
    }

    @Test
    void should_read_attempts_and_the_deadline_of_a_call_from_the_providers_settings() {
        HttpProviderConfig config = config(Map.of("mocksy.acme.max-attempts", "5", "mocksy.acme.timeout-seconds", "8"));

        assertThat(config.retryPolicy().maxAttempts()).isEqualTo(5);
        Timeouts timeouts = config.timeouts(Timeouts.DEFAULT);
        assertThat(timeouts.total()).isEqualTo(Duration.ofSeconds(8));
        assertThat(timeouts.read()).isEqualTo(Duration.ofSeconds(8));
        assertThat(timeouts.connect()).isEqualTo(Duration.ofSeconds(8));
    }

    @Test
    void should_use_the_defaults_without_settings() {
        HttpProviderConfig config = config(Map.of());

        assertThat(config.retryPolicy().maxAttempts()).isEqualTo(3);
        assertThat(config.timeouts(Timeouts.DEFAULT)).isEqualTo(Timeouts.DEFAULT);
        assertThat(config.deadline()).isEmpty();
        assertThat(config.model()).isEmpty();
    }

    @Test
    void should_name_a_bad_setting() {
        assertThatThrownBy(
                        () -> config(Map.of("mocksy.acme.max-attempts", "many")).retryPolicy())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("mocksy.acme.max-attempts");
        assertThatThrownBy(
                        () -> config(Map.of("mocksy.acme.max-attempts", "50")).retryPolicy())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("mocksy.acme.max-attempts must be between 1 and 20");
        assertThatThrownBy(
                        () -> config(Map.of("mocksy.acme.timeout-seconds", "0")).deadline())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("mocksy.acme.timeout-seconds must be positive");
    }

    @Test
    void should_take_the_key_from_the_first_setting_that_has_one_and_say_where_it_came_from() {
        var key = config(Map.of("other.api-key", "k-second-123", "acme.api-key", "k-first-123"))
                .apiKey();
        var fallback = config(Map.of("other.api-key", "k-second-123")).apiKey();

        assertThat(key.reveal()).isEqualTo("k-first-123");
        assertThat(key.source()).contains("ACME_API_KEY (setting acme.api-key)");
        assertThat(fallback.source()).contains("OTHER_API_KEY (setting other.api-key)");
    }

    @Test
    void should_say_how_to_set_a_missing_key() {
        assertThat(config(Map.of()).optionalApiKey()).isEmpty();
        assertThatThrownBy(() -> config(Map.of()).apiKey())
                .isInstanceOf(AuthenticationException.class)
                .hasMessageContaining("no API key is configured; set ACME_API_KEY");
    }

    @Test
    void should_refuse_a_key_a_header_cannot_carry_naming_its_variable_but_not_the_key() throws Exception {
        for (String canary : Canaries.UNSENDABLE) {
            Throwable[] thrown = new Throwable[1];
            String logs = Canaries.logsOf(() -> thrown[0] = org.assertj.core.api.Assertions.catchThrowable(
                    () -> config(Map.of("acme.api-key", canary)).optionalApiKey()));

            assertThat(thrown[0])
                    .isInstanceOf(AuthenticationException.class)
                    .hasMessageContaining("the API key from ACME_API_KEY (setting acme.api-key) is not usable");
            Canaries.assertNoLeak(canary, thrown[0]);
            assertThat(logs)
                    .as("not silent")
                    .contains("WARN")
                    .contains("ACME_API_KEY")
                    .doesNotContain(Canaries.MARK);
        }
    }

    @Test
    void should_prefer_the_providers_own_base_url_to_the_alternatives() {
        assertThat(config(Map.of("acme.base-url", "https://b.example/v1")).baseUrl("acme.base-url"))
                .contains("https://b.example/v1");
        assertThat(config(Map.of(
                                "acme.base-url",
                                "https://b.example/v1",
                                "mocksy.acme.base-url",
                                "https://a.example/v1"))
                        .baseUrl("acme.base-url"))
                .contains("https://a.example/v1");
    }
}
