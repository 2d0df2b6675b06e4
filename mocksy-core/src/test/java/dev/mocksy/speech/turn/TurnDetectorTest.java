package dev.mocksy.speech.turn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.mocksy.speech.AudioClip;
import dev.mocksy.speech.SyntheticVoice;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TurnDetectorTest {

    private final Recorder events = new Recorder();

    @Test
    void should_not_end_the_answer_during_a_thinking_pause_of_several_seconds() {
        AudioClip clip = new SyntheticVoice(14).voice(0, 2).voice(5.5, 7).clip(); // 3.5 s of silence mid-answer
        TurnDetector detector = new TurnDetector(16000, TurnSettings.DEFAULTS, events);

        feed(detector, clip);

        assertThat(events.ended).singleElement().isEqualTo("SILENCE@12.0");
        assertThat(events.speechStarted).singleElement().satisfies(at -> assertThat(at)
                .isCloseTo(0.0, within(0.02)));
    }

    @Test
    void should_end_sooner_when_configured_to() {
        AudioClip clip = new SyntheticVoice(6).voice(0, 2).clip();
        TurnSettings quick =
                TurnSettings.builder().endOfTurnSilence(Duration.ofMillis(1500)).build();
        TurnDetector detector = new TurnDetector(16000, quick, events);

        feed(detector, clip);

        assertThat(events.ended).containsExactly("SILENCE@3.5");
    }

    @Test
    void should_wait_longer_after_let_me_think_until_the_candidate_speaks_again() {
        AudioClip clip = new SyntheticVoice(30).voice(0, 1).voice(16, 18).clip();
        TurnDetector detector = new TurnDetector(16000, TurnSettings.DEFAULTS, events);

        feed(detector, clip, 0, 1.2);
        detector.noteText("hmm let me think");
        detector.noteText("hmm let me think"); // the same partial again: no second extension
        feed(detector, clip, 1.2, 30);

        assertThat(events.thinking).containsExactly("let me think");
        // 15 s of silence did not end it; after speaking again the normal 5 s applies.
        assertThat(events.ended).containsExactly("SILENCE@23.0");
    }

    @Test
    void should_recognise_give_me_a_moment_with_punctuation_and_case() {
        TurnDetector detector = new TurnDetector(16000, TurnSettings.DEFAULTS, events);

        detector.noteText("Okay, give me a MOMENT.");
        detector.noteText("Okay, give me a moment. Right, let me think...");

        assertThat(events.thinking).containsExactly("give me a moment", "let me think");
    }

    @Test
    void should_ask_again_when_nothing_is_said() {
        AudioClip clip = new SyntheticVoice(25).noise(0, 25, 0.003).clip();
        TurnDetector detector = new TurnDetector(16000, TurnSettings.DEFAULTS, events);

        feed(detector, clip);

        assertThat(events.speechStarted).isEmpty();
        assertThat(events.ended).containsExactly("NO_SPEECH@20.0");
    }

    @Test
    void should_close_an_answer_at_the_maximum_time() {
        AudioClip clip =
                new SyntheticVoice(12).voice(0, 4).voice(4.1, 8).voice(8.1, 12).clip();
        TurnSettings settings =
                TurnSettings.builder().maxAnswer(Duration.ofSeconds(10)).build();
        TurnDetector detector = new TurnDetector(16000, settings, events);

        feed(detector, clip);

        assertThat(events.ended).containsExactly("MAX_DURATION@10.0");
        assertThat(detector.ended()).contains(EndOfTurn.MAX_DURATION);
    }

    @Test
    void should_offer_a_backchannel_at_a_natural_pause_in_a_long_answer_only() {
        AudioClip clip = new SyntheticVoice(20)
                .voice(0, 3) // short: no cue at the pause after it
                .voice(3.8, 9) // 8 s of speech by now
                .voice(9.4, 10) // a 0.4 s pause is too short
                .voice(11, 12) // a 1 s pause after a long answer: cue
                .clip();
        TurnSettings settings =
                TurnSettings.builder().backchannelAfter(Duration.ofSeconds(8)).build();
        TurnDetector detector = new TurnDetector(16000, settings, events);

        feed(detector, clip);

        assertThat(events.backchannels).singleElement().satisfies(at -> assertThat(at)
                .isCloseTo(10.7, within(0.05)));
    }

    @Test
    void should_signal_barge_in_once_while_the_interviewer_speaks() {
        AudioClip clip = new SyntheticVoice(4).voice(1, 2).voice(2.5, 3.5).clip();
        TurnDetector detector = new TurnDetector(16000, TurnSettings.DEFAULTS, events);

        detector.interviewerSpeaking(true);
        feed(detector, clip);

        assertThat(events.bargeIns).singleElement().satisfies(at -> assertThat(at)
                .isCloseTo(1.3, within(0.03)));
    }

    @Test
    void should_not_signal_barge_in_when_the_interviewer_is_silent() {
        AudioClip clip = new SyntheticVoice(2).voice(0.5, 1.5).clip();
        TurnDetector detector = new TurnDetector(16000, TurnSettings.DEFAULTS, events);

        feed(detector, clip);

        assertThat(events.bargeIns).isEmpty();
    }

    @Test
    void should_ignore_steady_background_noise_but_hear_speech_over_it() {
        AudioClip clip = new SyntheticVoice(5).noise(0, 5, 0.02).voice(3, 4).clip();
        TurnDetector detector = new TurnDetector(16000, TurnSettings.DEFAULTS, events);

        feed(detector, clip);

        assertThat(events.speechStarted).singleElement().satisfies(at -> assertThat(at)
                .isCloseTo(3.0, within(0.03)));
    }

    @Test
    void should_reject_half_samples_and_bad_settings() {
        TurnDetector detector = new TurnDetector(16000, TurnSettings.DEFAULTS, events);

        assertThatThrownBy(() -> detector.accept(new byte[3], 0, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() ->
                        TurnSettings.builder().endOfTurnSilence(Duration.ZERO).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("endOfTurnSilence");
        assertThatThrownBy(() -> TurnSettings.builder()
                        .thinkingSilence(Duration.ofSeconds(1))
                        .build())
                .hasMessageContaining("thinkingSilence");
    }

    private static void feed(TurnDetector detector, AudioClip clip) {
        feed(detector, clip, 0, clip.durationSeconds());
    }

    /** Feeds the clip between two times in 100 ms chunks, like a microphone. */
    private static void feed(TurnDetector detector, AudioClip clip, double from, double to) {
        byte[] pcm = clip.pcm();
        int start = (int) Math.round(from * 16000) * 2;
        int end = Math.min(pcm.length, (int) Math.round(to * 16000) * 2);
        for (int offset = start; offset < end; offset += 3200) {
            detector.accept(pcm, offset, Math.min(3200, end - offset));
        }
    }

    static final class Recorder implements TurnListener {
        final List<Double> speechStarted = new ArrayList<>();
        final List<String> thinking = new ArrayList<>();
        final List<Double> backchannels = new ArrayList<>();
        final List<Double> bargeIns = new ArrayList<>();
        final List<String> ended = new ArrayList<>();

        @Override
        public void speechStarted(double atSeconds) {
            speechStarted.add(atSeconds);
        }

        @Override
        public void thinkingNoticed(String phrase, Duration patience, double atSeconds) {
            thinking.add(phrase);
        }

        @Override
        public void backchannel(String cue, double atSeconds) {
            backchannels.add(atSeconds);
        }

        @Override
        public void bargeIn(double atSeconds) {
            bargeIns.add(atSeconds);
        }

        @Override
        public void turnEnded(EndOfTurn reason, double atSeconds) {
            ended.add(reason + "@" + String.format(java.util.Locale.ROOT, "%.1f", atSeconds));
        }
    }
}
