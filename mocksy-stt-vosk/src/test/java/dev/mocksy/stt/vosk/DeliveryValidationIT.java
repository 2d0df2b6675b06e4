package dev.mocksy.stt.vosk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.mocksy.speech.AcousticDeliveryAnalyzer;
import dev.mocksy.speech.AudioClip;
import dev.mocksy.speech.DeliveryContext;
import dev.mocksy.speech.DeliveryMetrics;
import dev.mocksy.speech.DeliveryRequest;
import dev.mocksy.speech.Interval;
import dev.mocksy.spi.ProviderConfig;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Delivery analysis on speech whose truth is known: espeak-ng speed, silences and fillers inserted with sox. */
class DeliveryValidationIT {

    private static final Logger LOG = LoggerFactory.getLogger(DeliveryValidationIT.class);
    private static final String ANSWER = "In my last project I led a team of four engineers. We rebuilt the payment "
            + "service and shipped it on time. The hardest part was the data migration.";

    static VoskSpeechToText vosk;

    private final AcousticDeliveryAnalyzer analyzer = new AcousticDeliveryAnalyzer();

    @TempDir
    Path dir;

    @BeforeAll
    static void loadModel() {
        vosk = VoskSpeechToText.create(ProviderConfig.of(Map.of()));
    }

    @BeforeEach
    void requirePackages() {
        SpeechAudio.requireSynthesis();
    }

    @Test
    void should_order_slow_and_fast_speech_by_words_per_minute() throws Exception {
        DeliveryMetrics slow = measure(SpeechAudio.speak(dir, "slow", ANSWER, 110));
        DeliveryMetrics fast = measure(SpeechAudio.speak(dir, "fast", ANSWER, 220));
        LOG.info("espeak -s 110: {} wpm; -s 220: {} wpm", slow.wordsPerMinute(), fast.wordsPerMinute());

        assertThat(slow.wordsPerMinute()).isLessThan(fast.wordsPerMinute() / 1.5);
        assertThat(slow.articulationRate()).isLessThan(fast.articulationRate());
        assertThat(slow.wordsPerMinute()).isBetween(70.0, 150.0);
        assertThat(fast.wordsPerMinute()).isBetween(150.0, 300.0);
        assertThat(fast.guidance().get(0)).contains("Slow down");
        assertThat(slow.guidance().get(0)).contains("brisker");
    }

    @Test
    void should_find_inserted_silences_within_100_ms() throws Exception {
        Path first = SpeechAudio.speakTrimmed(dir, "first", "I would start by measuring the latency.", 160);
        Path second =
                SpeechAudio.speakTrimmed(dir, "second", "Then I would add a cache in front of the database.", 160);
        Path third = SpeechAudio.speakTrimmed(dir, "third", "Finally I would load test it.", 160);
        Path answer = SpeechAudio.concat(
                dir.resolve("answer.wav"),
                first,
                SpeechAudio.silence(dir, 1.5),
                second,
                SpeechAudio.silence(dir, 3.0),
                third);
        double firstEnd = SpeechAudio.read(first).durationSeconds();
        double secondStart = firstEnd + 1.5;
        double secondEnd = secondStart + SpeechAudio.read(second).durationSeconds();
        double thirdStart = secondEnd + 3.0;

        DeliveryMetrics metrics = measure(answer);

        assertThat(metrics.pauses().intervals())
                .anySatisfy(pause -> assertPause(pause, firstEnd, secondStart))
                .anySatisfy(pause -> assertPause(pause, secondEnd, thirdStart));
        assertThat(metrics.pauses().longCount()).isEqualTo(1);
        assertThat(metrics.pauses().longestSeconds()).isCloseTo(3.0, within(0.1));
    }

    @Test
    void should_count_inserted_fillers() throws Exception {
        Path first = SpeechAudio.speakTrimmed(dir, "first", "I think the main problem was the cache.", 160);
        Path second = SpeechAudio.speakTrimmed(dir, "second", "It was too small for the traffic.", 160);
        Path third = SpeechAudio.speakTrimmed(dir, "third", "Then we doubled its size.", 160);
        Path um = SpeechAudio.speakTrimmed(dir, "um", "um", 130);
        Path uh = SpeechAudio.speakTrimmed(dir, "uh", "uh", 130);
        Path gap = SpeechAudio.silence(dir, 0.4);
        Path fluent = SpeechAudio.concat(dir.resolve("fluent.wav"), first, gap, second, gap, third);
        Path hesitant =
                SpeechAudio.concat(dir.resolve("hesitant.wav"), first, gap, um, gap, second, gap, uh, gap, third);

        DeliveryMetrics without = measure(fluent);
        DeliveryMetrics with = measure(hesitant);
        LOG.info("fillers without: {}, with two inserted: {}", without.fillerWords(), with.fillerWords());

        assertThat(with.fillerWords().count() - without.fillerWords().count()).isEqualTo(2);
    }

    @Test
    void should_measure_the_latency_before_a_delayed_answer() throws Exception {
        Path speech = SpeechAudio.speakTrimmed(dir, "answer", "I would use a queue.", 160);
        Path delayed = SpeechAudio.concat(dir.resolve("delayed.wav"), SpeechAudio.silence(dir, 2.0), speech);

        DeliveryMetrics metrics = measure(delayed);

        assertThat(metrics.responseLatencySeconds()).isCloseTo(2.0, within(0.1));
    }

    private DeliveryMetrics measure(Path wav) {
        AudioClip clip = SpeechAudio.read(wav);
        return analyzer.analyze(DeliveryRequest.of(clip, vosk.transcribe(clip)).in(DeliveryContext.PRACTICE));
    }

    private static void assertPause(Interval pause, double start, double end) {
        assertThat(pause.start()).isCloseTo(start, within(0.1));
        assertThat(pause.end()).isCloseTo(end, within(0.1));
    }
}
