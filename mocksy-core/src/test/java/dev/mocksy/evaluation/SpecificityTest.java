package dev.mocksy.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mocksy.internal.text.AnalyzedText;
import org.junit.jupiter.api.Test;

class SpecificityTest {

    @Test
    void should_find_numbers_with_units_percentages_money_percentiles_and_number_words() {
        Specificity specificity = Specificity.measure(AnalyzedText.of(
                "Latency fell from 900 ms to 40ms, errors dropped 35%, it cost $300 a month, p99 halved, it took two"
                        + " weeks and ran 3x faster."));

        assertThat(specificity.measurements()).isEqualTo(7);
        assertThat(specificity.firstMeasurement()).isNotNull();
    }

    @Test
    void should_not_count_bare_numbers_as_measurements() {
        Specificity specificity = Specificity.measure(AnalyzedText.of("We had 3 options and chose option 2."));

        assertThat(specificity.measurements()).isZero();
        assertThat(specificity.numbers()).isEqualTo(2);
    }

    @Test
    void should_count_named_technologies_examples_and_code() {
        Specificity specificity = Specificity.measure(AnalyzedText.of(
                "For example, we moved sessions from PostgreSQL to Redis behind Spring Boot.\n```\nSET a 1;\n```"));

        assertThat(specificity.technologies()).isEqualTo(3);
        assertThat(specificity.examples()).isEqualTo(1);
        assertThat(specificity.codeBlocks()).isEqualTo(1);
        assertThat(specificity.score()).isGreaterThan(0.5);
    }

    @Test
    void should_score_a_vague_answer_low() {
        assertThat(Specificity.measure(AnalyzedText.of("It depends on many things and is usually fine."))
                        .score())
                .isLessThan(0.2);
    }
}
