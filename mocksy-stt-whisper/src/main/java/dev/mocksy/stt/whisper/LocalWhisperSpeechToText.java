package dev.mocksy.stt.whisper;

import dev.mocksy.ProviderException;
import dev.mocksy.speech.AudioClip;
import dev.mocksy.speech.AudioConverter;
import dev.mocksy.speech.SpeechToText;
import dev.mocksy.speech.Transcript;
import io.github.givimad.whisperjni.WhisperContext;
import io.github.givimad.whisperjni.WhisperFullParams;
import io.github.givimad.whisperjni.WhisperJNI;
import io.github.givimad.whisperjni.WhisperSamplingStrategy;
import io.github.givimad.whisperjni.WhisperState;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Transcribes on this machine with whisper.cpp (through whisper-jni) and a ggml model file.
 *
 * <pre>{@code
 * SpeechToText whisper = LocalWhisperSpeechToText.load(Path.of("ggml-base.en.bin"), "en");
 * }</pre>
 *
 * <p>whisper-jni 1.7.1 gives segment timings only, so transcripts carry text without word timings (delivery analysis
 * then measures rate and pauses from the audio). Thread-safe: the model is shared and every call decodes with its own
 * whisper state. Models are not bundled: download one (e.g. {@code ggml-base.en.bin} from the whisper.cpp project)
 * and set {@code mocksy.whisper.model-file}.
 */
public final class LocalWhisperSpeechToText implements SpeechToText {

    /** Setting naming the ggml model file; when set, the {@code whisper} provider runs locally. */
    public static final String MODEL_FILE = "mocksy.whisper.model-file";

    /** The magic number that starts every whisper.cpp ggml model, as the file's first four bytes. */
    private static final byte[] GGML_MAGIC = {'l', 'm', 'g', 'g'};

    private final WhisperJNI whisper;
    private final WhisperContext context;
    private final String language;
    private final Path modelFile;

    private LocalWhisperSpeechToText(WhisperJNI whisper, WhisperContext context, String language, Path modelFile) {
        this.whisper = whisper;
        this.context = context;
        this.language = language;
        this.modelFile = modelFile;
    }

    /**
     * Loads a ggml model.
     *
     * @param language an ISO-639-1 code such as {@code en}, or null to let Whisper detect it
     * @throws ProviderException when the file is missing, is not a ggml model, is damaged, or the native library does
     *     not load on this platform; the message says which and what to do
     */
    public static LocalWhisperSpeechToText load(Path modelFile, String language) {
        Objects.requireNonNull(modelFile, "modelFile");
        requireModelFile(modelFile);
        try {
            WhisperJNI.loadLibrary();
        } catch (IOException | UnsatisfiedLinkError e) {
            throw new ProviderException(
                    "whisper",
                    "the whisper.cpp native library does not load on " + System.getProperty("os.name") + " "
                            + System.getProperty("os.arch") + ": " + e.getMessage()
                            + "; use the HTTP transcription API (mocksy.whisper.base-url) instead",
                    e);
        }
        WhisperJNI whisper = new WhisperJNI();
        WhisperContext context;
        try {
            context = whisper.initNoState(modelFile);
        } catch (IOException | RuntimeException e) {
            throw damaged(modelFile, e);
        }
        if (context == null) {
            throw damaged(modelFile, null);
        }
        return new LocalWhisperSpeechToText(whisper, context, language, modelFile);
    }

    private static void requireModelFile(Path modelFile) {
        if (!Files.isRegularFile(modelFile)) {
            throw new ProviderException(
                    "whisper",
                    "no Whisper model file at " + modelFile + "; download a ggml model such as ggml-base.en.bin "
                            + "and set " + MODEL_FILE + " (or MOCKSY_WHISPER_MODEL_FILE) to its path");
        }
        byte[] head;
        try (InputStream in = Files.newInputStream(modelFile)) {
            head = in.readNBytes(4);
        } catch (IOException e) {
            throw new ProviderException("whisper", "cannot read " + modelFile + ": " + e.getMessage(), e);
        }
        if (!Arrays.equals(head, GGML_MAGIC)) {
            throw new ProviderException(
                    "whisper",
                    modelFile + " is not a whisper.cpp ggml model (it starts with " + describe(head) + ", not "
                            + "the ggml magic); download a ggml-*.bin model, not a PyTorch or GGUF file");
        }
    }

    private static ProviderException damaged(Path modelFile, Exception cause) {
        return new ProviderException(
                "whisper",
                "whisper.cpp could not load " + modelFile + ": the file is damaged or truncated; download it again",
                cause);
    }

    private static String describe(byte[] head) {
        if (head.length == 0) {
            return "nothing: it is empty";
        }
        StringBuilder hex = new StringBuilder();
        for (byte b : head) {
            hex.append(String.format(Locale.ROOT, "%02X ", b));
        }
        return "bytes " + hex.toString().strip();
    }

    @Override
    public Transcript transcribe(AudioClip audio) {
        float[] samples = AudioConverter.floatSamples(AudioConverter.forRecognizer(Objects.requireNonNull(audio)));
        WhisperFullParams params = new WhisperFullParams(WhisperSamplingStrategy.GREEDY);
        params.language = language;
        params.detectLanguage = language == null;
        params.printProgress = false;
        params.printRealtime = false;
        params.printTimestamps = false;
        WhisperState state = whisper.initState(context);
        try {
            int result = whisper.fullWithState(context, state, params, samples, samples.length);
            if (result != 0) {
                throw new ProviderException("whisper", "whisper.cpp failed to transcribe (code " + result + ")");
            }
            StringBuilder text = new StringBuilder();
            int segments = whisper.fullNSegmentsFromState(state);
            for (int i = 0; i < segments; i++) {
                text.append(whisper.fullGetSegmentTextFromState(state, i));
            }
            return new Transcript(text.toString().strip(), List.of(), language == null ? "und" : language);
        } finally {
            state.close();
        }
    }

    /** The loaded model file. */
    public Path modelFile() {
        return modelFile;
    }

    @Override
    public String toString() {
        return "LocalWhisperSpeechToText[" + modelFile + "]";
    }
}
