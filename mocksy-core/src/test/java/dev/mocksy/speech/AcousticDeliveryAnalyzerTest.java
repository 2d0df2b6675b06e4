package dev.mocksy.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mocksy.internal.MocksyJson;
import java.util.List;
import org.junit.jupiter.api.Test;

class AcousticDeliveryAnalyzerTest {

    private final AcousticDeliveryAnalyzer analyzer = new AcousticDeliveryAnalyzer();

    @Test
    void should_find_an_inserted_silence_within_a_frame_of_the_truth() {
        AudioClip clip = new SyntheticVoice(3.5).voice(0.3, 1.0).voice(2.2, 3.0).clip();
        Transcript transcript = transcript(word("first", 0.3, 0.6), word("part", 0.6, 1.0), word("later", 2.2, 3.0));

        DeliveryMetrics metrics = analyzer.analyze(clip, transcript);

        assertThat(metrics.pauses().count()).isEqualTo(1);
        Interval pause = metrics.pauses().intervals().get(0);
        assertThat(pause.start()).isCloseTo(1.0, within(0.02));
        assertThat(pause.end()).isCloseTo(2.2, within(0.02));
        assertThat(metrics.pauses().longestSeconds()).isCloseTo(1.2, within(0.03));
        assertThat(metrics.pauses().longCount()).isZero();
        assertThat(metrics.durationSeconds()).isCloseTo(3.5, within(0.001));
    }

    @Test
    void should_measure_speaking_and_articulation_rate() {
        // 6 words over 3 s (0-3), of which 1 s is a pause: 120 wpm, 180 wpm without the pause.
        AudioClip clip = new SyntheticVoice(3.0).voice(0, 1.0).voice(2.0, 3.0).clip();
        Transcript transcript = transcript(
                word("one", 0, 0.3),
                word("two", 0.3, 0.6),
                word("three", 0.6, 1.0),
                word("four", 2.0, 2.3),
                word("five", 2.3, 2.6),
                word("six", 2.6, 3.0));

        DeliveryMetrics metrics = analyzer.analyze(clip, transcript);

        assertThat(metrics.wordCount()).isEqualTo(6);
        assertThat(metrics.wordsPerMinute()).isCloseTo(120, within(2.0));
        assertThat(metrics.articulationRate()).isCloseTo(180, within(4.0));
        assertThat(metrics.speakingSeconds()).isCloseTo(2.0, within(0.03));
    }

    @Test
    void should_count_a_pause_of_two_seconds_or_more_as_long_and_say_so() {
        AudioClip clip = new SyntheticVoice(4.0).voice(0, 0.8).voice(3.2, 4.0).clip();
        Transcript transcript = transcript(word("well", 0, 0.8), word("yes", 3.2, 4.0));

        DeliveryMetrics metrics = analyzer.analyze(clip, transcript);

        assertThat(metrics.pauses().longCount()).isEqualTo(1);
        assertThat(metrics.guidance()).anySatisfy(line -> assertThat(line).contains("let me think"));
    }

    @Test
    void should_measure_response_latency_from_the_question_end_to_the_first_word() {
        AudioClip clip = new SyntheticVoice(3.0).voice(1.5, 2.5).clip();
        Transcript transcript = transcript(word("hello", 1.5, 2.5));

        DeliveryMetrics metrics =
                analyzer.analyze(DeliveryRequest.of(clip, transcript).questionEndingAt(0.5));

        assertThat(metrics.responseLatencySeconds()).isCloseTo(1.0, within(0.02));
    }

    @Test
    void should_track_the_pitch_of_a_steady_voice_and_label_it_monotone_in_practice() {
        AudioClip clip = new SyntheticVoice(2.0).voice(0, 2.0, 150, 150).clip();
        Transcript transcript = transcript(word("steady", 0, 1.0), word("tone", 1.0, 2.0));

        DeliveryMetrics metrics =
                analyzer.analyze(DeliveryRequest.of(clip, transcript).in(DeliveryContext.PRACTICE));

        assertThat(metrics.pitch().meanHz()).isCloseTo(150, within(3.0));
        assertThat(metrics.pitch().variabilitySemitones()).isLessThan(0.5);
        assertThat(metrics.practiceLabel()).endsWith("monotone");
    }

    @Test
    void should_see_a_gliding_voice_as_varied() {
        AudioClip clip = new SyntheticVoice(2.0).voice(0, 2.0, 110, 260).clip();
        Transcript transcript = transcript(word("rising", 0, 1.0), word("voice", 1.0, 2.0));

        DeliveryMetrics metrics =
                analyzer.analyze(DeliveryRequest.of(clip, transcript).in(DeliveryContext.PRACTICE));

        assertThat(metrics.pitch().meanHz()).isBetween(160.0, 200.0);
        assertThat(metrics.pitch().variabilitySemitones()).isGreaterThan(3.0);
        assertThat(metrics.practiceLabel()).endsWith("varied");
    }

    @Test
    void should_compute_no_voice_traits_and_no_label_in_an_assessment() {
        AudioClip clip = new SyntheticVoice(2.0).voice(0, 2.0).clip();
        Transcript transcript = transcript(word("hello", 0, 1.0), word("there", 1.0, 2.0));

        DeliveryMetrics metrics =
                analyzer.analyze(DeliveryRequest.of(clip, transcript).in(DeliveryContext.ASSESSMENT));

        assertThat(metrics.pitch()).isNull();
        assertThat(metrics.loudness()).isNull();
        assertThat(metrics.practiceLabel()).isNull();
        assertThat(metrics.wordsPerMinute()).isCloseTo(60, within(1.0));
    }

    @Test
    void should_give_no_label_outside_practice() {
        AudioClip clip = new SyntheticVoice(2.0).voice(0, 2.0).clip();

        DeliveryMetrics metrics = analyzer.analyze(clip, transcript(word("hello", 0, 2.0)));

        assertThat(metrics.practiceLabel()).isNull();
        assertThat(metrics.pitch()).isNotNull();
        assertThat(metrics.loudness()).isNotNull();
    }

    @Test
    void should_count_written_fillers_but_not_meaningful_like_or_you_know() {
        Transcript transcript = new Transcript(
                "um so I like the idea you know and like uh you know what I mean basically", List.of(), "en");
        AudioClip clip = new SyntheticVoice(5.0).voice(0, 5.0).clip();

        DeliveryMetrics metrics = analyzer.analyze(clip, transcript);

        // um, so (opening), you know (not followed by a clause), like (after "and"), uh, basically
        assertThat(metrics.fillerWords().words())
                .containsEntry("um", 1)
                .containsEntry("uh", 1)
                .containsEntry("so", 1)
                .containsEntry("like", 1)
                .containsEntry("you know", 1)
                .containsEntry("basically", 1);
        assertThat(metrics.fillerWords().fromTranscript()).isEqualTo(6);
        assertThat(metrics.wordCount()).isEqualTo(17);
        assertThat(metrics.fillerWords().ratio()).isCloseTo(6.0 / 17, within(1e-9));
        assertThat(metrics.guidance()).anySatisfy(line -> assertThat(line).contains("under 4%"));
    }

    @Test
    void should_count_a_voiced_sound_the_recogniser_dropped_as_a_filler_but_not_a_noise() {
        AudioClip clip = new SyntheticVoice(5.0)
                .voice(0, 1.0)
                .voice(1.5, 1.9, 120, 115) // "um", dropped by the recogniser
                .noise(2.6, 2.9) // a breath: unpitched
                .voice(3.4, 4.4)
                .clip();
        Transcript transcript = transcript(word("so", 0, 0.4), word("first", 0.4, 1.0), word("second", 3.4, 4.4));

        DeliveryMetrics metrics = analyzer.analyze(clip, transcript);

        assertThat(metrics.fillerWords().fromVoicedGaps()).isEqualTo(1);
        assertThat(metrics.fillerWords().count()).isEqualTo(2); // plus the opening "so"
    }

    @Test
    void should_count_a_lone_the_between_pauses_as_a_filler() {
        AudioClip clip = new SyntheticVoice(4.0)
                .voice(0, 1.0)
                .voice(1.5, 1.9)
                .voice(2.5, 3.5)
                .clip();
        Transcript transcript =
                transcript(word("i", 0, 0.3), word("think", 0.3, 1.0), word("the", 1.5, 1.9), word("answer", 2.5, 3.5));

        DeliveryMetrics metrics = analyzer.analyze(clip, transcript);

        assertThat(metrics.fillerWords().fromVoicedGaps()).isEqualTo(1);
        assertThat(metrics.fillerWords().fromTranscript()).isZero();
    }

    @Test
    void should_fall_back_to_the_audio_when_the_transcript_has_no_timings() {
        AudioClip clip = new SyntheticVoice(4.0).voice(1.0, 3.0).clip();
        Transcript transcript = new Transcript("four words were said", List.of(), "en");

        DeliveryMetrics metrics = analyzer.analyze(clip, transcript);

        assertThat(metrics.wordsPerMinute()).isCloseTo(120, within(3.0));
        assertThat(metrics.responseLatencySeconds()).isCloseTo(1.0, within(0.02));
    }

    @Test
    void should_handle_silence_with_nothing_said() {
        AudioClip clip = new AudioClip(new byte[16000 * 2], 16000, 1);

        DeliveryMetrics metrics = analyzer.analyze(clip, new Transcript("", List.of(), "en"));

        assertThat(metrics.wordCount()).isZero();
        assertThat(metrics.wordsPerMinute()).isZero();
        assertThat(metrics.responseLatencySeconds()).isNull();
        assertThat(metrics.pitch()).isNull();
        assertThat(metrics.guidance()).singleElement().asString().contains("No words");
    }

    @Test
    void should_analyse_stereo_44_khz_audio_like_16_khz_mono() {
        AudioClip mono = new SyntheticVoice(3.0).voice(0.5, 1.2).voice(2.0, 2.8).clip();
        short[] up = AudioConverter.resample(AudioConverter.samples(mono.pcm()), 16000, 44100);
        short[] stereo = new short[up.length * 2];
        for (int i = 0; i < up.length; i++) {
            stereo[2 * i] = up[i];
            stereo[2 * i + 1] = up[i];
        }
        AudioClip clip = new AudioClip(AudioConverter.bytes(stereo), 44100, 2);
        Transcript transcript = transcript(word("a", 0.5, 1.2), word("b", 2.0, 2.8));

        DeliveryMetrics metrics = analyzer.analyze(clip, transcript);

        assertThat(metrics.pauses().intervals()).singleElement().satisfies(pause -> {
            assertThat(pause.start()).isCloseTo(1.2, within(0.03));
            assertThat(pause.end()).isCloseTo(2.0, within(0.03));
        });
    }

    @Test
    void should_write_the_metrics_as_json_with_plain_names() throws Exception {
        AudioClip clip = new SyntheticVoice(2.0).voice(0, 2.0).clip();
        DeliveryMetrics metrics = analyzer.analyze(clip, transcript(word("hi", 0, 2.0)));

        JsonNode json = MocksyJson.mapper().valueToTree(metrics);

        assertThat(json.has("wordsPerMinute")).isTrue();
        assertThat(json.has("articulationRate")).isTrue();
        assertThat(json.path("pauses").has("count")).isTrue();
        assertThat(json.path("fillerWords").has("count")).isTrue();
        assertThat(json.path("pitch").has("meanHz")).isTrue();
        assertThat(json.has("practiceLabel")).isFalse();
        assertThat(MocksyJson.mapper().treeToValue(json, DeliveryMetrics.class)).isEqualTo(metrics);
    }

    private static Transcript transcript(TranscribedWord... words) {
        StringBuilder text = new StringBuilder();
        for (TranscribedWord word : words) {
            text.append(text.length() == 0 ? "" : " ").append(word.word());
        }
        return new Transcript(text.toString(), List.of(words), "en");
    }

    private static TranscribedWord word(String word, double start, double end) {
        return new TranscribedWord(word, start, end, 0.9);
    }
}
