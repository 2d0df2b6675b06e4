package dev.mocksy.tts.marytts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mocksy.Mocksy;
import dev.mocksy.speech.AudioClip;
import dev.mocksy.speech.AudioConverter;
import dev.mocksy.speech.TextToSpeech;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The real MaryTTS and its voice, on this JVM. */
class MaryTextToSpeechIT {

    private static final String LONG_QUESTION = "Walk me through how you would design a rate limiter for a public API"
            + " that serves many tenants with different plans and sudden bursts of traffic.";

    @Test
    void should_speak_a_question_as_audible_speech_of_a_plausible_length() {
        AudioClip clip = MaryTextToSpeech.builder().build().synthesize("Tell me about the last bug you fixed.");

        assertThat(clip.channels()).isEqualTo(1);
        assertThat(clip.durationSeconds()).isBetween(1.0, 5.0);
        assertThat(rms(clip)).as("speech, not silence").isGreaterThan(500);
    }

    @Test
    void should_vocode_on_the_callers_thread_with_the_same_loudness_as_marytts() {
        MaryTextToSpeech voice = MaryTextToSpeech.builder().build();
        AudioClip clip = voice.synthesize("Walk me through how you would roll back a failed release.");

        // the voice runs on the whole-utterance engine, not MaryTTS's thread-per-sentence stream
        assertThat(WholeUtteranceEngine.install(MaryTextToSpeech.DEFAULT_VOICE)).isTrue();
        short[] samples = AudioConverter.samples(clip.pcm());
        int loudest = 0;
        for (short sample : samples) {
            loudest = Math.max(loudest, Math.abs(sample));
        }
        // MaryTTS scales by 17,000 unless a sample is louder: speech peaks well above silence, never clips
        assertThat(loudest).isBetween(3_000, (int) Short.MAX_VALUE);
    }

    @Test
    void should_hand_on_one_piece_per_sentence_with_the_pause_before_it() {
        List<AudioClip> pieces = new ArrayList<>();
        MaryTextToSpeech voice = MaryTextToSpeech.builder().build();

        voice.synthesize("What is a deadlock? How would you find one in production?", pieces::add);

        assertThat(pieces).hasSize(2);
        assertThat(leadingSilence(pieces.get(1)).toMillis())
                .as("the second sentence starts after the 350 ms pause")
                .isGreaterThanOrEqualTo(350);
        assertThat(leadingSilence(pieces.get(0)).toMillis())
                .as("a short question starts at once")
                .isLessThan(350);
    }

    @Test
    void should_wait_a_moment_before_a_long_question() {
        AudioClip withLeadIn = MaryTextToSpeech.builder().build().synthesize(LONG_QUESTION);
        AudioClip without =
                MaryTextToSpeech.builder().leadIn(Duration.ZERO).build().synthesize(LONG_QUESTION);

        long difference =
                leadingSilence(withLeadIn).toMillis() - leadingSilence(without).toMillis();
        assertThat(difference).isBetween(350L, 450L);
    }

    @Test
    void should_speak_slower_when_the_question_has_code_or_numbers() {
        String technical = "How would HashMap.get behave with 10000 keys in 16 buckets?";
        double normal = MaryTextToSpeech.builder()
                .technicalRate(1.0)
                .build()
                .synthesize(technical)
                .durationSeconds();
        double slower = MaryTextToSpeech.builder().build().synthesize(technical).durationSeconds();

        assertThat(slower / normal).as("speech lasts longer, the pauses do not").isBetween(1.05, 1.35);
    }

    @Test
    void should_be_found_by_the_registry_as_the_offline_voice() {
        TextToSpeech voice = Mocksy.builder().build().textToSpeech();

        assertThat(voice).isInstanceOf(MaryTextToSpeech.class);
        assertThat(voice.synthesize("Ready?").durationSeconds()).isPositive();
    }

    @Test
    void should_reject_blank_text_and_unknown_voices_with_clear_errors() {
        MaryTextToSpeech voice = MaryTextToSpeech.builder().build();

        assertThatThrownBy(() -> voice.synthesize("  "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("blank");
        assertThatThrownBy(() -> MaryTextToSpeech.builder().voice("dfki-poppy"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cmu-slt-hsmm");
        assertThatThrownBy(() -> MaryTextToSpeech.builder().technicalRate(0.5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("technicalRate");
    }

    @Test
    void should_say_accented_words_symbols_and_code_without_failing() {
        MaryTextToSpeech voice = MaryTextToSpeech.builder().build();

        AudioClip clip = voice.synthesize(
                "Walk me through your résumé: a naïve O(n²) loop, then `map.get(key)` at 99.9% — why?");

        assertThat(clip.durationSeconds()).isGreaterThan(2.0);
        assertThat(rms(clip)).isGreaterThan(500);
    }

    @Test
    void should_serve_several_threads_at_once_with_the_same_audio_as_one() throws Exception {
        MaryTextToSpeech voice = MaryTextToSpeech.builder().build();
        String text = "How do you test code that talks to a database?";
        AudioClip alone = voice.synthesize(text);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<AudioClip>> clips = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                clips.add(pool.submit(() -> voice.synthesize(text)));
            }
            for (java.util.concurrent.Future<AudioClip> clip : clips) {
                assertThat(clip.get(60, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo(alone);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void should_refuse_text_with_nothing_to_say() {
        MaryTextToSpeech voice = MaryTextToSpeech.builder().build();

        assertThatThrownBy(() -> voice.synthesize("?! ... --"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("nothing to say");
    }

    static double rms(AudioClip clip) {
        short[] samples = AudioConverter.samples(clip.pcm());
        double sum = 0;
        for (short s : samples) {
            sum += (double) s * s;
        }
        return Math.sqrt(sum / Math.max(1, samples.length));
    }

    /** How long the clip stays quieter than a whisper before the first sound. */
    static Duration leadingSilence(AudioClip clip) {
        short[] samples = AudioConverter.samples(clip.pcm());
        int i = 0;
        while (i < samples.length && Math.abs(samples[i]) < 300) {
            i++;
        }
        return Duration.ofMillis(i * 1000L / clip.sampleRate());
    }
}
