package dev.mocksy.stt.vosk;

import dev.mocksy.ProviderException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vosk.LibVosk;
import org.vosk.LogLevel;
import org.vosk.Model;

/**
 * A loaded Vosk model, shared by every recogniser that uses the same directory.
 *
 * <p>A Vosk model is read-only after loading and safe to share between threads; it takes about 250 MB for the small
 * English model, so each directory is loaded once per JVM and kept for its lifetime.
 */
final class VoskModel {

    private static final Logger LOG = LoggerFactory.getLogger(VoskModel.class);
    private static final Map<Path, VoskModel> LOADED = new ConcurrentHashMap<>();
    private static final Pattern LANGUAGE_IN_NAME = Pattern.compile("vosk-model-(?:small-)?([a-z]{2})(?:[-_]|$)");

    static {
        // Kaldi logs every decoder setting at INFO to stderr; keep only warnings and errors.
        LibVosk.setLogLevel(LogLevel.WARNINGS);
    }

    private final Model model;
    private final Path directory;

    private VoskModel(Model model, Path directory) {
        this.model = model;
        this.directory = directory;
    }

    /**
     * The model in {@code directory}, loading it on first use.
     *
     * @throws ProviderException when the directory is missing, is not a Vosk model, or the model cannot be loaded
     */
    static VoskModel shared(Path directory) {
        Path key = directory.toAbsolutePath().normalize();
        return LOADED.computeIfAbsent(key, VoskModel::load);
    }

    private static VoskModel load(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new ProviderException(
                    "vosk",
                    "no Vosk model directory at " + directory + "; set mocksy.vosk.model to an unpacked model "
                            + "from https://alphacephei.com/vosk/models, or unset it to use the bundled English model");
        }
        boolean looksLikeModel = Files.exists(directory.resolve("am/final.mdl"))
                || Files.exists(directory.resolve("final.mdl"))
                || Files.isDirectory(directory.resolve("conf"));
        if (!looksLikeModel) {
            throw new ProviderException(
                    "vosk",
                    directory + " is not a Vosk model (it has no am/final.mdl or conf/); point mocksy.vosk.model "
                            + "at the folder that contains them");
        }
        long started = System.nanoTime();
        try {
            Model model = new Model(directory.toString());
            LOG.info("Loaded the Vosk model {} in {} ms", directory, (System.nanoTime() - started) / 1_000_000);
            return new VoskModel(model, directory);
        } catch (IOException | RuntimeException e) {
            throw new ProviderException(
                    "vosk", "cannot load the Vosk model in " + directory + "; it may be damaged: unpack it again", e);
        }
    }

    /** The language in a usual model directory name such as {@code vosk-model-small-de-0.15}, else {@code und}. */
    static String languageFromName(Path directory) {
        Path name = directory.getFileName();
        Matcher matcher = LANGUAGE_IN_NAME.matcher(name == null ? "" : name.toString());
        return matcher.find() ? matcher.group(1) : "und";
    }

    Model model() {
        return model;
    }

    Path directory() {
        return directory;
    }
}
