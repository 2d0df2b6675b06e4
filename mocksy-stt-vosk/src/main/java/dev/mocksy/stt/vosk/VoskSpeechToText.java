package dev.mocksy.stt.vosk;

import dev.mocksy.MocksyHome;
import dev.mocksy.speech.AudioClip;
import dev.mocksy.speech.AudioConverter;
import dev.mocksy.speech.SpeechStream;
import dev.mocksy.speech.SpeechToText;
import dev.mocksy.speech.Transcript;
import dev.mocksy.spi.ProviderConfig;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * Offline speech recognition with Vosk: whole clips and streams with partial results and word timings.
 *
 * <pre>{@code
 * SpeechToText vosk = VoskSpeechToText.bundled(); // unpacks the English model under MOCKSY_HOME once
 * Transcript transcript = vosk.transcribe(WavReader.read(Path.of("answer.wav")));
 * }</pre>
 *
 * <p>Thread safety: one instance may be used by any number of threads at once. All instances on the same model
 * directory share one loaded model (Vosk models are read-only and thread-safe); every call to {@link #transcribe}
 * and {@link #openStream} gets its own Vosk recogniser, which is not shared.
 */
public final class VoskSpeechToText implements SpeechToText {

    /** Setting naming a Vosk model directory to use instead of the bundled English one. */
    public static final String MODEL_PROPERTY = "mocksy.vosk.model";

    /** Setting naming the language transcripts report (e.g. {@code de}) when the directory name does not tell. */
    public static final String LANGUAGE_PROPERTY = "mocksy.vosk.language";

    private final VoskModel model;
    private final String language;

    private VoskSpeechToText(VoskModel model, String language) {
        this.model = model;
        this.language = language;
    }

    /**
     * Uses the bundled small US-English model, unpacked under the default MOCKSY_HOME on first use.
     *
     * @throws dev.mocksy.ProviderException when the cache cannot be written or the model cannot be loaded
     */
    public static VoskSpeechToText bundled() {
        return create(ProviderConfig.of(Map.of()));
    }

    /**
     * Uses the Vosk model in {@code directory}.
     *
     * @param language the language code transcripts report, or null to read it from the directory name
     * @throws dev.mocksy.ProviderException when the directory is not a loadable Vosk model
     */
    public static VoskSpeechToText fromDirectory(Path directory, String language) {
        VoskModel model = VoskModel.shared(Objects.requireNonNull(directory, "directory"));
        return new VoskSpeechToText(model, language != null ? language : VoskModel.languageFromName(directory));
    }

    /** Uses {@code mocksy.vosk.model} when set, else the bundled model under MOCKSY_HOME. */
    public static VoskSpeechToText create(ProviderConfig config) {
        String language = config.get(LANGUAGE_PROPERTY).orElse(null);
        return config.get(MODEL_PROPERTY)
                .map(directory -> fromDirectory(Path.of(directory), language))
                .orElseGet(() -> new VoskSpeechToText(
                        VoskModel.shared(BundledModel.unpack(MocksyHome.resolve(config))),
                        language == null ? "en" : language));
    }

    @Override
    public Transcript transcribe(AudioClip audio) {
        AudioClip clip = AudioConverter.forRecognizer(Objects.requireNonNull(audio, "audio"));
        // No partial results: nobody watches them, and each one costs a lattice search.
        try (SpeechStream stream = new VoskSpeechStream(model, language, clip.sampleRate(), Double.POSITIVE_INFINITY)) {
            byte[] pcm = clip.pcm();
            // Feed in 0.2 s chunks like a live stream, so long clips are decoded as several utterances.
            int chunk = clip.sampleRate() / 5 * 2;
            for (int offset = 0; offset < pcm.length; offset += chunk) {
                stream.accept(pcm, offset, Math.min(chunk, pcm.length - offset));
            }
            return stream.finish();
        }
    }

    /** A live stream with a partial result at most every 300 ms of audio. */
    @Override
    public SpeechStream openStream(int sampleRate) {
        return new VoskSpeechStream(model, language, sampleRate, 0.3);
    }

    /** A stream with no partial results: a recording is transcribed faster without the lattice searches they cost. */
    @Override
    public SpeechStream openRecordingStream(int sampleRate) {
        return new VoskSpeechStream(model, language, sampleRate, Double.POSITIVE_INFINITY);
    }

    @Override
    public boolean streams() {
        return true;
    }

    /** The language code transcripts report. */
    public String language() {
        return language;
    }

    /** The model directory in use. */
    public Path modelDirectory() {
        return model.directory();
    }

    @Override
    public String toString() {
        return "VoskSpeechToText[" + model.directory() + ", " + language + "]";
    }
}
