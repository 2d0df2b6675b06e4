package dev.mocksy.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordErrorRateTest {

    @Test
    void should_be_zero_for_the_same_words_ignoring_case_and_punctuation() {
        assertThat(WordErrorRate.of("Hello, world! It's me.", "hello world it's me"))
                .isZero();
    }

    @Test
    void should_count_substitutions_deletions_and_insertions() {
        // one substitution (cat->hat), one deletion (the), one insertion (very)
        double wer = WordErrorRate.of("the cat sat on the mat", "the hat sat on very mat");

        assertThat(wer).isCloseTo(2.0 / 6, within(1e-9));
        assertThat(WordErrorRate.editDistance(List.of("a", "b", "c"), List.of("b", "c", "d")))
                .isEqualTo(2);
    }

    @Test
    void should_exceed_one_when_the_hypothesis_is_much_longer() {
        assertThat(WordErrorRate.of("yes", "yes yes yes")).isEqualTo(2.0);
    }

    @Test
    void should_refuse_an_empty_reference() {
        assertThatThrownBy(() -> WordErrorRate.of(" ,. ", "words"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("reference");
    }
}
