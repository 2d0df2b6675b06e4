package dev.mocksy.examples.cli;

import dev.mocksy.Mocksy;
import dev.mocksy.spi.Capability;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine.Option;

/**
 * Which speech recogniser hears the answers: Vosk (offline, the default) or Whisper, either whisper.cpp on a local
 * model file or the OpenAI-compatible transcription API with the user's key. The key is read only once Whisper is
 * chosen here.
 */
final class SpeechOptions {

    /** The setting that points the offline recogniser at another model directory. */
    static final String VOSK_MODEL = "mocksy.vosk.model";

    static final String WHISPER_MODEL_FILE = "mocksy.whisper.model-file";
    static final String WHISPER_BASE_URL = "mocksy.whisper.base-url";

    @Option(
            names = "--stt",
            paramLabel = "ENGINE",
            description = "Who transcribes spoken answers: vosk (offline, default) or whisper (whisper.cpp with"
                    + " --whisper-model, else the OpenAI transcription API with OPENAI_API_KEY or"
                    + " MOCKSY_WHISPER_API_KEY; the audio is then sent to it).")
    String engine;

    @Option(
            names = "--whisper-model",
            paramLabel = "FILE",
            description = "With --stt whisper: a whisper.cpp ggml model file (e.g. ggml-base.en.bin), run locally.")
    Path whisperModel;

    @Option(
            names = "--whisper-url",
            paramLabel = "URL",
            description = "With --stt whisper: an OpenAI-compatible transcription server instead of OpenAI's.")
    String whisperUrl;

    @Option(
            names = "--vosk-model",
            paramLabel = "DIR",
            description = "With Vosk: a model directory instead of the bundled one.")
    Path voskModel;

    /** Whether any of these options was given. */
    boolean given() {
        return engine != null || whisperModel != null || whisperUrl != null || voskModel != null;
    }

    /** Whether Whisper hears the answers. */
    boolean whisper() {
        return "whisper".equals(engineId());
    }

    /**
     * Checks the combination and the files before anything loads.
     *
     * @throws IllegalArgumentException naming the option that is wrong and what to do instead
     */
    void validate() {
        String id = engineId();
        if (!id.equals("vosk") && !id.equals("whisper")) {
            throw new IllegalArgumentException("--stt must be vosk or whisper, got " + engine);
        }
        if (id.equals("vosk") && (whisperModel != null || whisperUrl != null)) {
            throw new IllegalArgumentException("--whisper-model and --whisper-url need --stt whisper");
        }
        if (id.equals("whisper") && voskModel != null) {
            throw new IllegalArgumentException("--vosk-model is for Vosk; with --stt whisper use --whisper-model FILE");
        }
        if (whisperModel != null && whisperUrl != null) {
            throw new IllegalArgumentException(
                    "use --whisper-model FILE (local whisper.cpp) or --whisper-url URL (a server), not both");
        }
        if (whisperModel != null && !Files.isRegularFile(whisperModel)) {
            throw new IllegalArgumentException("--whisper-model: no file at " + whisperModel.toAbsolutePath()
                    + "; download a whisper.cpp ggml model such as ggml-base.en.bin and give its path");
        }
        if (voskModel != null && !Files.isDirectory(voskModel)) {
            throw new IllegalArgumentException("--vosk-model: no folder at " + voskModel.toAbsolutePath());
        }
    }

    /** Sets the chosen recogniser on the builder. */
    void apply(Mocksy.Builder builder) {
        validate();
        if (whisper()) {
            builder.setting(Capability.SPEECH_TO_TEXT.property(), "whisper");
            if (whisperModel != null) {
                builder.setting(
                        WHISPER_MODEL_FILE, whisperModel.toAbsolutePath().toString());
            }
            if (whisperUrl != null) {
                builder.setting(WHISPER_BASE_URL, whisperUrl.strip());
            }
        } else if (voskModel != null) {
            builder.setting(VOSK_MODEL, voskModel.toString());
        }
    }

    private String engineId() {
        return engine == null ? "vosk" : engine.strip().toLowerCase(Locale.ROOT);
    }
}
