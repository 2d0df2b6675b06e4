package dev.mocksy.stt.vosk;

import dev.mocksy.ProviderException;
import java.io.InputStream;
import java.nio.file.Path;

/** The small US-English Vosk model that ships inside this module's jar, unpacked under MOCKSY_HOME on first use. */
final class BundledModel {

    /** The version of {@code com.alphacephei:vosk-model-en} carried in the jar. */
    static final String VERSION = "0.3.45";

    static final String RESOURCE = "vosk-model-en-us-" + VERSION + ".zip";

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
        if (BundledModel.class.getResource(RESOURCE) == null) {
            throw new ProviderException(
                    "vosk",
                    "the bundled model " + RESOURCE + " is missing from the classpath; use the mocksy-stt-vosk jar "
                            + "from Maven Central or set mocksy.vosk.model to a Vosk model directory");
        }
        return ModelCache.unpack(BundledModel::open, PREFIX, directory(mocksyHome));
    }

    private static InputStream open() {
        return BundledModel.class.getResourceAsStream(RESOURCE);
    }
}
