package dev.mocksy.stt.vosk.bench;

import dev.mocksy.MocksyHome;
import dev.mocksy.speech.AudioClip;
import dev.mocksy.speech.AudioConverter;
import dev.mocksy.speech.SpeechStream;
import dev.mocksy.speech.Transcript;
import dev.mocksy.speech.WavReader;
import dev.mocksy.spi.ProviderConfig;
import dev.mocksy.stt.vosk.VoskSpeechToText;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.vosk.Model;
import org.vosk.Recognizer;

/**
 * Vosk through Mocksy versus raw Vosk on the same audio, model and chunking, in the same run.
 *
 * <p>{@code *WholeAnswer}: the 24.7 s of LibriVox speech from {@code pocketsphinx-testdata} fed in 200 ms chunks and
 * finished; divide by 24.7 s for the real-time factor. {@code *FinalAfterSpeech}: the setup feeds all but the last
 * 200 ms of a 7.1 s recording, the benchmark feeds the last chunk and asks for the final result: how long a candidate
 * waits for the transcript once they stop speaking, when audio is streamed as it is recorded.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 10)
@Measurement(iterations = 5, time = 10)
@Fork(1)
public class VoskBenchmark {

    private static final Path LIBRIVOX = Path.of("/usr/share/pocketsphinx/test/data/librivox");
    private static final int CHUNK_BYTES = 16000 / 5 * 2;

    private byte[] allSpeech;
    private byte[] oneRecording;
    private AudioClip allSpeechClip;
    private Model rawModel;
    private VoskSpeechToText mocksy;

    @Setup(Level.Trial)
    public void load() throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        try (Stream<Path> files = Files.list(LIBRIVOX)) {
            for (Path wav :
                    files.filter(f -> f.toString().endsWith(".wav")).sorted().toList()) {
                all.write(AudioConverter.forRecognizer(WavReader.read(wav)).pcm());
            }
        }
        allSpeech = all.toByteArray();
        allSpeechClip = new AudioClip(allSpeech, 16000, 1);
        oneRecording = WavReader.read(LIBRIVOX.resolve("sense_and_sensibility_01_austen_64kb-0870.wav"))
                .pcm();
        mocksy = VoskSpeechToText.create(ProviderConfig.of(Map.of()));
        // The same unpacked model directory, loaded a second time by raw Vosk.
        rawModel = new Model(mocksy.modelDirectory().toString());
        System.out.println("# audio: " + allSpeechClip.durationSeconds() + " s; model: " + mocksy.modelDirectory()
                + "; MOCKSY_HOME " + MocksyHome.resolve(ProviderConfig.of(Map.of())));
    }

    @TearDown(Level.Trial)
    public void close() {
        rawModel.close();
    }

    @Benchmark
    public String rawWholeAnswer() throws IOException {
        try (Recognizer recognizer = new Recognizer(rawModel, 16000)) {
            recognizer.setWords(true);
            StringBuilder text = new StringBuilder();
            for (int offset = 0; offset < allSpeech.length; offset += CHUNK_BYTES) {
                int length = Math.min(CHUNK_BYTES, allSpeech.length - offset);
                byte[] chunk = java.util.Arrays.copyOfRange(allSpeech, offset, offset + length);
                if (recognizer.acceptWaveForm(chunk, length)) {
                    text.append(recognizer.getResult());
                }
            }
            return text.append(recognizer.getFinalResult()).toString();
        }
    }

    @Benchmark
    public Transcript mocksyWholeAnswer() {
        return mocksy.transcribe(allSpeechClip);
    }

    @Benchmark
    public String rawFinalAfterSpeech(Pending pending) {
        int last = lastChunkOffset();
        byte[] chunk = java.util.Arrays.copyOfRange(oneRecording, last, oneRecording.length);
        pending.raw.acceptWaveForm(chunk, chunk.length);
        return pending.raw.getFinalResult();
    }

    @Benchmark
    public Transcript mocksyFinalAfterSpeech(Pending pending) {
        int last = lastChunkOffset();
        pending.mocksy.accept(oneRecording, last, oneRecording.length - last);
        return pending.mocksy.finish();
    }

    int lastChunkOffset() {
        return (oneRecording.length - 1) / CHUNK_BYTES * CHUNK_BYTES;
    }

    /** Recognisers that have heard all but the last 200 ms of the recording, prepared outside the measurement. */
    @State(Scope.Thread)
    public static class Pending {
        Recognizer raw;
        SpeechStream mocksy;

        @Setup(Level.Invocation)
        public void feedAllButTheLastChunk(VoskBenchmark shared) throws IOException {
            raw = new Recognizer(shared.rawModel, 16000);
            raw.setWords(true);
            mocksy = shared.mocksy.openStream(16000);
            byte[] pcm = shared.oneRecording;
            for (int offset = 0; offset < shared.lastChunkOffset(); offset += CHUNK_BYTES) {
                byte[] chunk = java.util.Arrays.copyOfRange(pcm, offset, offset + CHUNK_BYTES);
                raw.acceptWaveForm(chunk, chunk.length);
                mocksy.accept(pcm, offset, CHUNK_BYTES);
            }
        }

        @TearDown(Level.Invocation)
        public void close() {
            raw.close();
            mocksy.close();
        }
    }
}
