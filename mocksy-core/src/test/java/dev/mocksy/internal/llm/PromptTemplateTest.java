package dev.mocksy.internal.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PromptTemplateTest {

    @Test
    void should_render_a_versioned_template_from_the_class_path() {
        PromptTemplate repair = PromptTemplate.load("repair-json", "v1");

        assertThat(repair.id()).isEqualTo("repair-json.v1");
        assertThat(repair.render(Map.of("problems", "overall is missing"))).contains("- overall is missing");
    }

    @Test
    void should_refuse_missing_or_unused_values_and_missing_templates() {
        PromptTemplate repair = PromptTemplate.load("repair-json", "v1");

        assertThatThrownBy(() -> repair.render(Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("{{problems}}");
        assertThatThrownBy(() -> repair.render(Map.of("problems", "x", "extra", "y")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("extra");
        assertThatThrownBy(() -> PromptTemplate.load("no-such-prompt", "v9"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no-such-prompt.v9");
    }

    @Test
    void should_keep_a_value_with_dollar_signs_and_braces_literal() {
        assertThat(PromptTemplate.load("repair-json", "v1").render(Map.of("problems", "cost $1 {{x}}")))
                .contains("cost $1 {{x}}");
    }
}
