package dev.mocksy.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {

    @Test
    void should_keep_names_numbers_and_contractions_whole() {
        List<Token> tokens =
                Tokenizer.tokenize("I don't use Node.js or C++ for 3.5% of 1,000 rows; customer_id 10/10.");

        assertThat(tokens)
                .extracting(Token::surface)
                .containsExactly(
                        "I",
                        "don't",
                        "use",
                        "Node.js",
                        "or",
                        "C++",
                        "for",
                        "3.5",
                        "of",
                        "1,000",
                        "rows",
                        "customer_id",
                        "10/10");
    }

    @Test
    void should_split_hyphenated_words_and_remember_offsets_in_the_original() {
        String text = "A trade-off.";

        List<Token> tokens = Tokenizer.tokenize(text);

        assertThat(tokens).extracting(Token::surface).containsExactly("A", "trade", "off");
        assertThat(tokens).allSatisfy(token -> assertThat(text.substring(token.start(), token.end()))
                .isEqualTo(token.surface()));
    }

    @Test
    void should_normalise_case_accents_width_and_apostrophes() {
        assertThat(Tokenizer.normalise("Café")).isEqualTo("cafe");
        assertThat(Tokenizer.normalise("ＳＱＬ")).isEqualTo("sql");
        assertThat(Tokenizer.normalise("don\u2019t")).isEqualTo("don't");
        assertThat(Tokenizer.normalise("REDIS")).isEqualTo("redis");
    }

    @Test
    void should_find_no_tokens_in_punctuation_emoji_or_control_characters() {
        assertThat(Tokenizer.tokenize("?!... \u0000\u0007 \uD83D\uDE00\uD83D\uDE80 --- ***"))
                .isEmpty();
    }
}
