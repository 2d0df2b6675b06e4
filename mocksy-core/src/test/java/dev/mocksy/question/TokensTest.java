package dev.mocksy.question;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TokensTest {

    @Test
    void should_split_into_lower_case_words_without_accents_or_punctuation() {
        assertThat(Tokens.words("Café-style C++ & C#, at ACME!"))
                .containsExactly("cafe", "style", "c++", "c#", "at", "acme");
    }

    @Test
    void should_stem_plurals_and_simple_verb_forms() {
        assertThat(Tokens.stem("indexes")).isEqualTo("index");
        assertThat(Tokens.stem("queries")).isEqualTo("query");
        assertThat(Tokens.stem("caching")).isEqualTo("cach");
        assertThat(Tokens.stem("cached")).isEqualTo("cach");
        assertThat(Tokens.stem("means")).isEqualTo("mean");
        assertThat(Tokens.stem("class")).isEqualTo("class");
        assertThat(Tokens.stem("status")).isEqualTo("status");
        assertThat(Tokens.stem("gis")).isEqualTo("gis");
    }

    @Test
    void should_keep_only_topic_words_of_a_request() {
        assertThat(Tokens.topicWords("Please explain what the p-values mean")).containsExactly("p", "value", "mean");
    }
}
