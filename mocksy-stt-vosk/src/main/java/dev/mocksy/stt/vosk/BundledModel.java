package dev.mocksy.stt.vosk;

import dev.mocksy.ProviderException;
import java.nio.file.Path;

/**
 * The small US-English Vosk model of the {@code mocksy-stt-vosk-model-en} artifact, unpacked under MOCKSY_HOME on first
 * use. It is a separate artifact so that this jar stays small and a user can bring another model instead.
 */
final class BundledModel {

    /** The version of {@code com.alphacephei:vosk-model-en} the model artifact carries. */
    static final String VERSION = "0.3.45";

    /** Where the model artifact keeps the archive on the class path. */
    static final String RESOURCE = "dev/mocksy/stt/vosk/model/en/vosk-model-en-us-" + VERSION + ".zip";

    /** The model's folder inside the Android archive. */
    static final String PREFIX = "assets/model-en-us/";

    private BundledModel() {}

    /** Where the model lives under the data directory. */
    static Path directory(Path mocksyHome) {
        return mocksyHome.resolve("models").resolve("vosk-model-en-us-" + VERSION);
    }

    /**
     * The unpacked model directory, unpacking it on first use.
     *
     * @throws ProviderException when the jar lost its model or the cache cannot be written
     */
    static Path unpack(Path mocksyHome) {
        return unpack(mocksyHome, loader());
    }

    /** {@link #unpack(Path)} with the model looked up in {@code loader}. */
    static Path unpack(Path mocksyHome, ClassLoader loader) {
        if (loader.getResource(RESOURCE) == null) {
            throw new ProviderException(
                    "vosk",
                    "no Vosk model on the class path: add dev.mocksy:mocksy-stt-vosk-model-en (the small English"
                            + " model), or set mocksy.vosk.model to the directory of a Vosk model you downloaded");
        }
        return ModelCache.unpack(() -> loader.getResourceAsStream(RESOURCE), PREFIX, directory(mocksyHome));
    }

    private static ClassLoader loader() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return context != null && context.getResource(RESOURCE) != null ? context : BundledModel.class.getClassLoader();
    }
}
