package dev.mocksy.tts.marytts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SpeechPlanTest {

    private static final SpeechPlan.Pacing PACING =
            new SpeechPlan.Pacing(20, Duration.ofMillis(400), Duration.ofMillis(350), 1.15);

    @Test
    void should_split_sentences_but_not_after_abbreviations_or_inside_numbers() {
        assertThat(SpeechPlan.split("Name one index type, e.g. a B-tree. Why is it 2.5 times faster? Explain."))
                .containsExactly("Name one index type, e.g. a B-tree.", "Why is it 2.5 times faster?", "Explain.");
    }

    @Test
    void should_give_a_long_question_a_lead_in_and_a_short_one_none() {
        String longQuestion = "Walk me through how you would design a rate limiter for an API that serves many"
                + " tenants with different plans and bursts of traffic at night.";

        assertThat(SpeechPlan.of(longQuestion, PACING).leadIn()).isEqualTo(Duration.ofMillis(400));
        assertThat(SpeechPlan.of("What is a deadlock?", PACING).leadIn()).isZero();
    }

    @Test
    void should_slow_down_for_code_or_numbers_only() {
        assertThat(SpeechPlan.of("What does HashMap.get return for a missing key?", PACING)
                        .durationScale())
                .isEqualTo(1.15);
        assertThat(SpeechPlan.of("How would you serve 10000 requests per second?", PACING)
                        .durationScale())
                .isEqualTo(1.15);
        assertThat(SpeechPlan.of("What is the cost of calling map_reduce(x)?", PACING)
                        .durationScale())
                .isEqualTo(1.15);
        assertThat(SpeechPlan.of("Tell me about a time you disagreed with your manager.", PACING)
                        .durationScale())
                .isEqualTo(1.0);
    }

    @Test
    void should_keep_text_without_an_end_mark_as_one_sentence() {
        assertThat(SpeechPlan.of("  describe   your last project  ", PACING).sentences())
                .containsExactly("describe your last project");
    }

    @Test
    void should_drop_sentences_of_marks_alone_and_refuse_text_with_no_word() {
        assertThat(SpeechPlan.of("Why? (...) Explain.", PACING).sentences()).containsExactly("Why?", "Explain.");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SpeechPlan.of("?! ... --", PACING))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("nothing to say");
    }
}
