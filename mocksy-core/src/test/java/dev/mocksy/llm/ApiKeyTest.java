package dev.mocksy.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ApiKeyTest {

    @Test
    void should_drop_surrounding_blanks_such_as_the_newline_of_a_key_file() {
        assertThat(ApiKey.of("  sk-abc123\n").reveal()).isEqualTo("sk-abc123");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "sk-CANARY-\u00fc-7f3a9c2e",
                "sk-CANARY-\u0007-7f3a9c2e",
                "sk-CANARY-\u0000-7f3a9c2e",
                "sk-CANARY-\nX-Injected: 1",
                "sk-CANARY-\u200b-7f3a9c2e",
                "sk-CANARY-\u00a0-7f3a9c2e",
                "sk-CANARY- 7f3a9c2e"
            })
    void should_refuse_a_character_an_http_header_cannot_carry_without_quoting_the_key(String canary) {
        Throwable thrown = catchThrowable(() -> ApiKey.of(canary));

        assertThat(thrown)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("character 11 of")
                .hasMessageContaining("copy the key again");
        assertThat(thrown.getMessage()).doesNotContain(canary).doesNotContain("CANARY");
    }

    @Test
    void should_refuse_a_blank_key() {
        assertThatThrownBy(() -> ApiKey.of(" \n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("blank");
        assertThatThrownBy(() -> ApiKey.of(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void should_say_where_it_came_from_but_never_what_it_is() {
        ApiKey key = ApiKey.of("sk-secret-123", "OPENAI_API_KEY (setting openai.api-key)");

        assertThat(key.source()).contains("OPENAI_API_KEY (setting openai.api-key)");
        assertThat(key.toString()).contains("OPENAI_API_KEY").doesNotContain("sk-secret-123");
        assertThat(ApiKey.of("sk-secret-123").toString()).isEqualTo("ApiKey[redacted]");
    }

    @Test
    void should_be_equal_to_the_same_secret_from_anywhere() {
        assertThat(ApiKey.of("sk-secret-123", "A"))
                .isEqualTo(ApiKey.of("sk-secret-123"))
                .hasSameHashCodeAs(ApiKey.of("sk-secret-123"));
        assertThat(ApiKey.of("sk-secret-123")).isNotEqualTo(ApiKey.of("sk-secret-124"));
    }

    @Test
    void should_report_the_problem_of_a_text_for_callers_that_phrase_it_themselves() {
        assertThat(ApiKey.problem("sk-ok-123")).isEmpty();
        assertThat(ApiKey.problem("sk-\u00e9")).get().asString().contains("beyond printable ASCII");
        assertThat(ApiKey.problem("sk-\u0001")).get().asString().contains("control character");
    }
}
