package dev.mocksy.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownTextTest {

    @Test
    void should_escape_what_would_start_a_block_at_the_start_of_a_line() {
        assertThat(MarkdownText.blockQuote("+ plus\n= equals\n2) two\n10. ten\n- dash\n> quote"))
                .isEqualTo("> \\+ plus\n> \\= equals\n> 2\\) two\n> 10\\. ten\n> \\- dash\n> \\> quote");
    }

    @Test
    void should_keep_ordinary_punctuation_readable() {
        assertThat(MarkdownText.inline("B-tree indexes (e.g. in PostgreSQL 16) cost 10% more writes."))
                .isEqualTo("B-tree indexes (e.g. in PostgreSQL 16) cost 10% more writes.");
    }

    @Test
    void should_keep_paragraphs_inside_one_quote_without_indented_code() {
        assertThat(MarkdownText.blockQuote("first\r\n\r\n        indented code?\n\tand a tab"))
                .isEqualTo("> first\n>\n> indented code?\n> and a tab");
    }

    @Test
    void should_put_inline_text_on_one_line() {
        assertThat(MarkdownText.inline("one\n\n## two\t|three|")).isEqualTo("one \\#\\# two \\|three\\|");
        assertThat(MarkdownText.inline(null)).isEmpty();
    }

    @Test
    void should_mark_an_empty_answer() {
        assertThat(MarkdownText.blockQuote("  \n ")).isEqualTo("> *(empty)*");
    }
}
