package dev.mocksy.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    @Test
    void should_split_sentences_but_not_at_abbreviations_decimals_or_versions() {
        List<Segment> segments = AnalyzedText.of(
                        "We used Redis, e.g. for sessions. Latency fell by 3.5 ms on Node.js 18."
                                + " It worked! Did it scale? Yes.")
                .segments();

        assertThat(segments)
                .extracting(Segment::text)
                .containsExactly(
                        "We used Redis, e.g. for sessions.",
                        "Latency fell by 3.5 ms on Node.js 18.",
                        "It worked!",
                        "Did it scale?",
                        "Yes.");
    }

    @Test
    void should_end_a_sentence_after_a_unit() {
        assertThat(AnalyzedText.of("It dropped to 40 ms. We shipped it.").segments())
                .extracting(Segment::text)
                .containsExactly("It dropped to 40 ms.", "We shipped it.");
    }

    @Test
    void should_treat_each_line_as_a_segment_and_a_fenced_block_as_code() {
        String text =
                "First I would add an index.\n- then check the plan\n```\nCREATE INDEX i ON t(a);\nSELECT 1;\n```";

        List<Segment> segments = AnalyzedText.of(text).segments();

        assertThat(segments).hasSize(3);
        assertThat(segments.get(2).code()).isTrue();
        assertThat(segments.get(2).text()).startsWith("```").endsWith("```");
        assertThat(segments).allSatisfy(segment -> assertThat(text.substring(segment.start(), segment.end()))
                .isEqualTo(segment.text()));
    }

    @Test
    void should_tell_a_sentence_from_a_bare_list_of_terms() {
        assertThat(single("Indexes slow down writes because every insert updates them.")
                        .prose())
                .isTrue();
        assertThat(single("Use a composite index, check selectivity, and watch the write overhead.")
                        .prose())
                .isTrue();
        assertThat(single("B-tree, selectivity, composite index, write overhead")
                        .prose())
                .isFalse();
        assertThat(single("only matching rows, match in both, keeps all, every row of the left, null")
                        .prose())
                .isFalse();
        assertThat(single("Um, so, like, an inner join is, you know, basically the matching rows.")
                        .prose())
                .isTrue();
    }

    @Test
    void should_recognise_a_line_of_code_outside_a_fence() {
        assertThat(single("SELECT id FROM users WHERE email = ?;").code()).isTrue();
        assertThat(single("Select the rows you need and nothing else.").code()).isFalse();
    }

    private static Segment single(String text) {
        List<Segment> segments = AnalyzedText.of(text).segments();
        assertThat(segments).hasSize(1);
        return segments.get(0);
    }
}
