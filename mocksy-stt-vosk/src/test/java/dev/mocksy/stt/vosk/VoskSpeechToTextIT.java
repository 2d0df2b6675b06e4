package dev.mocksy.stt.vosk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mocksy.MocksyHome;
import dev.mocksy.speech.AudioClip;
import dev.mocksy.speech.RecognitionUpdate;
import dev.mocksy.speech.SpeechStream;
import dev.mocksy.speech.TranscribedWord;
import dev.mocksy.speech.Transcript;
import dev.mocksy.speech.WordErrorRate;
import dev.mocksy.spi.ProviderConfig;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

class VoskSpeechToTextIT {

    private static final Logger LOG = LoggerFactory.getLogger(VoskSpeechToTextIT.class);

    static VoskSpeechToText vosk;

    @TempDir
    Path dir;

    @BeforeAll
    static void loadBundledModel() {
        vosk = VoskSpeechToText.create(ProviderConfig.of(Map.of()));
    }

    @Test
    void should_unpack_the_bundled_model_under_mocksy_home() {
        Path home = MocksyHome.resolve(ProviderConfig.of(Map.of()));

        assertThat(vosk.modelDirectory()).isEqualTo(BundledModel.directory(home));
        assertThat(ModelCache.isComplete(vosk.modelDirectory())).isTrue();
        assertThat(vosk.modelDirectory().resolve("am/final.mdl")).isRegularFile();
    }

    @Test
    void should_transcribe_real_read_speech_with_a_word_error_rate_of_at_most_8_percent() throws Exception {
        SpeechAudio.requireLibrivox();
        List<String> references = new ArrayList<>();
        List<String> hypotheses = new ArrayList<>();

        for (SpeechAudio.Recording recording : SpeechAudio.librivox()) {
            Transcript transcript = vosk.transcribe(SpeechAudio.read(recording.wav()));
            references.add(recording.transcript());
            hypotheses.add(transcript.text());
            assertThat(transcript.language()).isEqualTo("en");
        }

        double wer = WordErrorRate.of(String.join(" ", references), String.join(" ", hypotheses));
        LOG.info("LibriVox WER {} over {} recordings: {}", wer, references.size(), hypotheses);
        assertThat(wer).isLessThanOrEqualTo(0.08);
    }

    @Test
    void should_give_each_word_ordered_times_inside_the_clip_and_a_confidence() throws Exception {
        SpeechAudio.requireLibrivox();
        AudioClip clip =
                SpeechAudio.read(SpeechAudio.LIBRIVOX.resolve("sense_and_sensibility_01_austen_64kb-0880.wav"));

        Transcript transcript = vosk.transcribe(clip);

        assertThat(transcript.words()).extracting(TranscribedWord::word).contains("disposed", "young", "man");
        double previousEnd = 0;
        for (TranscribedWord word : transcript.words()) {
            assertThat(word.start()).isGreaterThanOrEqualTo(previousEnd - 0.01);
            assertThat(word.end()).isGreaterThan(word.start()).isLessThanOrEqualTo(clip.durationSeconds() + 0.05);
            assertThat(word.confidence()).isBetween(0.0, 1.0);
            previousEnd = word.end();
        }
    }

    @Test
    void should_hear_keywords_in_synthetic_speech_at_44_khz_stereo() throws Exception {
        SpeechAudio.requireSynthesis();
        String said = "In my last project I led a team of four engineers and we shipped the payment service on time.";
        Path wav = SpeechAudio.speak(dir, "answer", said, 160);
        Path stereo = dir.resolve("stereo.wav");
        SpeechAudio.run("sox", wav.toString(), "-r", "44100", "-c", "2", stereo.toString());

        Transcript transcript = vosk.transcribe(SpeechAudio.read(stereo));

        // Synthetic speech is harder for the small model than real speech: keywords and a loose bound.
        assertThat(transcript.text()).contains("project", "team", "payment service", "time");
        assertThat(WordErrorRate.of(said, transcript.text())).isLessThan(0.4);
    }

    @Test
    void should_stream_partial_results_and_time_later_segments_from_the_stream_start() throws Exception {
        SpeechAudio.requireLibrivox();
        AudioClip first =
                SpeechAudio.read(SpeechAudio.LIBRIVOX.resolve("sense_and_sensibility_01_austen_64kb-0880.wav"));
        AudioClip second =
                SpeechAudio.read(SpeechAudio.LIBRIVOX.resolve("sense_and_sensibility_01_austen_64kb-0930.wav"));
        byte[] silence = new byte[16000 * 2 * 2];
        byte[] pcm = concat(first.pcm(), silence, second.pcm());

        List<RecognitionUpdate> updates = new ArrayList<>();
        Transcript whole;
        try (SpeechStream stream = vosk.openStream(16000)) {
            for (int offset = 0; offset < pcm.length; offset += 3200) {
                updates.add(stream.accept(pcm, offset, Math.min(3200, pcm.length - offset)));
            }
            whole = stream.finish();
        }

        assertThat(updates).anySatisfy(update -> {
            assertThat(update.isFinal()).isFalse();
            assertThat(update.text()).isNotEmpty();
        });
        assertThat(updates).anySatisfy(update -> {
            assertThat(update.isFinal()).isTrue();
            assertThat(update.words()).isNotEmpty();
        });
        assertThat(whole.text()).contains("young man").contains("amiable himself");
        double secondStart = first.durationSeconds() + 2.0;
        TranscribedWord amiable = whole.words().stream()
                .filter(word -> word.word().equals("amiable"))
                .findFirst()
                .orElseThrow();
        assertThat(amiable.start()).isGreaterThan(secondStart);
    }

    @Test
    void should_transcribe_several_streams_at_once_with_one_shared_model() throws Exception {
        SpeechAudio.requireLibrivox();
        List<SpeechAudio.Recording> recordings = SpeechAudio.librivox();
        List<String> sequential = new ArrayList<>();
        for (SpeechAudio.Recording recording : recordings) {
            sequential.add(vosk.transcribe(SpeechAudio.read(recording.wav())).text());
        }

        ExecutorService pool = Executors.newFixedThreadPool(recordings.size());
        try {
            List<Future<String>> parallel = new ArrayList<>();
            for (SpeechAudio.Recording recording : recordings) {
                VoskSpeechToText other = VoskSpeechToText.create(ProviderConfig.of(Map.of()));
                parallel.add(pool.submit(() ->
                        other.transcribe(SpeechAudio.read(recording.wav())).text()));
            }
            for (int i = 0; i < recordings.size(); i++) {
                assertThat(parallel.get(i).get()).isEqualTo(sequential.get(i));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void should_report_each_instances_language_on_one_shared_model() {
        VoskSpeechToText british = VoskSpeechToText.fromDirectory(vosk.modelDirectory(), "en-gb");

        assertThat(british.language()).isEqualTo("en-gb");
        assertThat(vosk.language()).isEqualTo("en");
        assertThat(british.transcribe(new AudioClip(new byte[3200], 16000, 1)).language())
                .isEqualTo("en-gb");
    }

    @Test
    void should_return_an_empty_transcript_for_silence() {
        Transcript transcript = vosk.transcribe(new AudioClip(new byte[16000 * 2], 16000, 1));

        assertThat(transcript.isBlank()).isTrue();
        assertThat(transcript.words()).isEmpty();
    }

    @Test
    void should_refuse_a_finished_stream_and_odd_chunks() {
        SpeechStream stream = vosk.openStream(16000);

        assertThatThrownBy(() -> stream.accept(new byte[3])).isInstanceOf(IllegalArgumentException.class);
        stream.finish();
        assertThatThrownBy(() -> stream.accept(new byte[2])).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> vosk.openStream(4000)).isInstanceOf(IllegalArgumentException.class);
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] all = new byte[length];
        int offset = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, all, offset, part.length);
            offset += part.length;
        }
        return all;
    }
}
