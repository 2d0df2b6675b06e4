package dev.mocksy.tts.marytts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class TokensDocumentTest {

    @Test
    void should_split_words_numbers_and_punctuation() {
        assertThat(TokensDocument.tokens("Why can't a B-tree serve 10,000 reads, in 2.5 ms?"))
                .containsExactly(
                        "Why", "can't", "a", "B", "tree", "serve", "10,000", "reads", ",", "in", "2.5", "ms", "?");
    }

    @Test
    void should_make_code_speakable() {
        assertThat(TokensDocument.tokens("What does HashMap.get return when x = null?"))
                .containsExactly(
                        "What", "does", "Hash", "Map", "dot", "get", "return", "when", "x", "equals", "null", "?");
        assertThat(TokensDocument.tokens("Is user_id indexed?")).containsExactly("Is", "user", "id", "indexed", "?");
    }

    @Test
    void should_say_percent_apart_from_the_number() {
        assertThat(TokensDocument.tokens("Uptime was 99.9% last year."))
                .containsExactly("Uptime", "was", "99.9", "percent", "last", "year", ".");
    }

    @Test
    void should_keep_abbreviations_whole_and_split_a_final_dot() {
        assertThat(TokensDocument.tokens("Use a queue, e.g. Kafka."))
                .containsExactly("Use", "a", "queue", ",", "e.g.", "Kafka", ".");
    }

    @Test
    void should_slow_a_sentence_down_with_a_prosody_rate() {
        Document document = TokensDocument.of("Sort 100 numbers.", 1.25);

        org.w3c.dom.Element prosody =
                (org.w3c.dom.Element) document.getElementsByTagNameNS(TokensDocument.NAMESPACE, "prosody")
                        .item(0);
        assertThat(prosody.getAttribute("rate")).isEqualTo("80%");
        assertThat(prosody.getElementsByTagNameNS(TokensDocument.NAMESPACE, "t").getLength())
                .isEqualTo(4);
    }

    @Test
    void should_build_a_namespaced_tokens_document() {
        Document document = TokensDocument.of("Hello there.");

        assertThat(document.getDocumentElement().getNamespaceURI()).isEqualTo(TokensDocument.NAMESPACE);
        assertThat(document.getElementsByTagNameNS(TokensDocument.NAMESPACE, "t")
                        .getLength())
                .isEqualTo(3);
    }
}
