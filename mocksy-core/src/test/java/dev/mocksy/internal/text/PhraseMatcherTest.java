package dev.mocksy.internal.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PhraseMatcherTest {

    @Test
    void should_find_phrases_by_words_preferring_the_longest_and_reporting_labels() {
        PhraseMatcher matcher = PhraseMatcher.of("as", "as a result", "{trade off|tradeoff}=trade-off", "because");

        assertThat(matcher.find(Tokenizer.tokenize("As a result the trade-off, a tradeoff, holds because of it.")))
                .containsExactly("as a result", "trade-off", "trade-off", "because");
    }

    @Test
    void should_expand_alternatives_including_an_empty_one() {
        assertThat(PhraseMatcher.expand("at my {last|} {job|team}"))
                .containsExactly("at my last job", "at my last team", "at my job", "at my team");
    }

    @Test
    void should_match_whole_words_only() {
        PhraseMatcher matcher = PhraseMatcher.of("cut");

        assertThat(matcher.any(Tokenizer.tokenize("We executed the shortcut."))).isFalse();
        assertThat(matcher.any(Tokenizer.tokenize("We cut latency."))).isTrue();
    }

    @Test
    void should_reject_an_unclosed_alternative() {
        assertThatThrownBy(() -> PhraseMatcher.of("at my {last"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unclosed");
    }
}
