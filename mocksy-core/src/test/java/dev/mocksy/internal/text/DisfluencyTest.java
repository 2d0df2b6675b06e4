package dev.mocksy.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DisfluencyTest {

    @Test
    void should_find_sounds_empty_words_filler_phrases_and_openers() {
        Segment segment = segment("So, um, it's basically, like, a queue, you know, kind of.");

        assertThat(Disfluency.fillers(segment)).containsExactly("So", "um", "basically", "like", "you know", "kind of");
    }

    @Test
    void should_not_count_like_in_a_comparison_or_so_in_so_that() {
        assertThat(Disfluency.fillers(segment("A queue is like a line at a shop.")))
                .isEmpty();
        assertThat(Disfluency.fillers(segment("So that the cache stays warm, we preload it.")))
                .isEmpty();
    }

    @Test
    void should_count_hedges() {
        assertThat(Disfluency.hedges(segment("I think it maybe works, but I'm not sure, probably.")))
                .isEqualTo(4);
        assertThat(Disfluency.hedges(segment("It works because the index is sorted.")))
                .isZero();
    }

    private static Segment segment(String text) {
        return AnalyzedText.of(text).segments().get(0);
    }
}
