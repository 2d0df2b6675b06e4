package dev.mocksy.vision.opencv;

import dev.mocksy.ProviderException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Loads OpenCV's native library from the {@code org.openpnp:opencv} jar, once per JVM. */
final class OpenCvNatives {

    private static final Logger LOG = LoggerFactory.getLogger(OpenCvNatives.class);

    private OpenCvNatives() {}

    /**
     * Makes sure the natives are loaded; cheap after the first call.
     *
     * @throws ProviderException when this platform has no OpenCV natives in the jar
     */
    static void load() {
        Holder.ensureLoaded();
    }

    /** The holder idiom: the JVM runs the static initialiser exactly once, thread-safely. */
    private static final class Holder {
        private static final RuntimeException FAILURE = tryLoad();

        private static RuntimeException tryLoad() {
            try {
                nu.pattern.OpenCV.loadLocally();
                LOG.debug("Loaded OpenCV {} natives", org.opencv.core.Core.VERSION);
                return null;
            } catch (RuntimeException | LinkageError e) {
                return new ProviderException(
                        OpenCvVisionProvider.ID,
                        "could not load the OpenCV native library for " + System.getProperty("os.name") + " "
                                + System.getProperty("os.arch") + " from org.openpnp:opencv: " + e.getMessage(),
                        e);
            }
        }

        static void ensureLoaded() {
            if (FAILURE != null) {
                throw FAILURE;
            }
        }
    }
}
