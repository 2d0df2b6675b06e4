package dev.mocksy.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.mocksy.testing.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeliverySummaryTest {

    private static QuestionResult spoken(String id, int words, double wpm, int fillers, double pause) {
        return new QuestionResult(id, "Q " + id, false, "answer", null, Fixtures.delivery(words, wpm, fillers, pause));
    }

    @Test
    void should_be_empty_when_no_answer_was_spoken() {
        QuestionResult typed = new QuestionResult("q1", "Q", false, "typed", null, null);

        assertThat(DeliverySummary.of(List.of(typed))).isEmpty();
    }

    @Test
    void should_weigh_the_pace_by_speaking_time_and_the_fillers_by_words() {
        // given 120 words in one minute and 60 words in half a minute, 1 + 2 fillers
        List<QuestionResult> results = List.of(
                spoken("q1", 120, 120, 1, 0.5),
                spoken("q2", 60, 120, 2, 2.5),
                new QuestionResult("q3", "Q", false, null, null, null));

        // when
        DeliverySummary summary = DeliverySummary.of(results).orElseThrow();

        // then
        assertThat(summary.spokenAnswers()).isEqualTo(2);
        assertThat(summary.words()).isEqualTo(180);
        assertThat(summary.wordsPerMinute()).isCloseTo(120, within(1e-9));
        assertThat(summary.fillerWords()).isEqualTo(3);
        assertThat(summary.fillerRatio()).isCloseTo(3.0 / 180, within(1e-9));
        assertThat(summary.pauses()).isEqualTo(2);
        assertThat(summary.longPauses()).isEqualTo(1);
        assertThat(summary.longestPauseSeconds()).isEqualTo(2.5);
        assertThat(summary.meanResponseLatencySeconds()).isCloseTo(0.8, within(1e-9));
        assertThat(summary.guidance())
                .containsExactly(
                        "Your pace was 120 words per minute, below the 130-170 often advised: try fewer pauses inside"
                                + " sentences, while keeping a pause between ideas.",
                        "Filler words were 2% of your words (3), under the 4% to aim under.",
                        "1 pause of 2 seconds or more: fine while thinking, but saying \"let me think\" tells the"
                                + " interviewer you are still working on it.");
    }

    @Test
    void should_call_a_pace_within_the_advice_within_it() {
        DeliverySummary summary =
                DeliverySummary.of(List.of(spoken("q1", 100, 150, 0, 0))).orElseThrow();

        assertThat(summary.guidance())
                .startsWith("Your pace was 150 words per minute, within the 130-170 often advised.")
                .noneMatch(line -> line.contains("2 seconds or more"));
    }

    @Test
    void should_say_nothing_was_measured_when_no_word_was_recognised() {
        QuestionResult silent = new QuestionResult(
                "q1",
                "Q",
                false,
                "",
                null,
                new dev.mocksy.speech.DeliveryMetrics(
                        3.0,
                        0,
                        0,
                        0,
                        0,
                        new dev.mocksy.speech.DeliveryMetrics.Pauses(0, 0, 0, 0, List.of()),
                        new dev.mocksy.speech.DeliveryMetrics.FillerWords(0, 0, 0, 0, java.util.Map.of()),
                        null,
                        null,
                        null,
                        List.of(),
                        null));

        DeliverySummary summary = DeliverySummary.of(List.of(silent)).orElseThrow();

        assertThat(summary.wordsPerMinute()).isZero();
        assertThat(summary.meanResponseLatencySeconds()).isNull();
        assertThat(summary.guidance()).singleElement().asString().startsWith("No words were recognised");
    }
}
