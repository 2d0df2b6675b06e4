package dev.mocksy.vision.opencv;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Real photographs and the cascades, from outside Maven: skipped with a message naming the package to install, or a
 * failure when {@code CI=true}.
 */
final class TestImages {

    /** Where Debian's python3-skimage puts its sample images. */
    static final Path SKIMAGE = Path.of("/usr/lib/python3/dist-packages/skimage/data");

    /** The npm package with group photos, pinned; installed under target/ on first use. */
    static final String FACE_API = "@vladmandic/face-api@1.7.15";

    static final Path NPM_PREFIX = Path.of("target/npm");

    private static final boolean CI = "true".equalsIgnoreCase(System.getenv("CI"));

    private TestImages() {}

    /** The cascades installed by Debian's opencv-data (or configured). */
    static HaarCascades cascades() {
        try {
            return HaarCascades.locate(Optional.empty());
        } catch (CascadesNotFoundException e) {
            require(false, "install Debian package opencv-data (Haar cascades): " + e.getMessage());
            throw e;
        }
    }

    /** A sample image of scikit-image, e.g. {@code astronaut.png}. */
    static Path skimage(String name) {
        Path file = SKIMAGE.resolve(name);
        require(Files.isRegularFile(file), "install Debian package python3-skimage (needs " + file + ")");
        return file;
    }

    /** A demo photo of face-api, e.g. {@code sample1.jpg}, installing the npm package under target/ if needed. */
    static synchronized Path faceApi(String name) {
        Path demo = NPM_PREFIX.resolve("node_modules/@vladmandic/face-api/demo");
        if (!Files.isRegularFile(demo.resolve(name))) {
            install();
        }
        Path file = demo.resolve(name);
        require(Files.isRegularFile(file), "install npm, then: npm install --prefix " + NPM_PREFIX + " " + FACE_API);
        return file;
    }

    private static void install() {
        List<String> command = List.of(
                "npm",
                "install",
                "--prefix",
                NPM_PREFIX.toString(),
                "--no-audit",
                "--no-fund",
                "--ignore-scripts",
                "--no-save",
                FACE_API);
        try {
            Files.createDirectories(NPM_PREFIX);
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(NPM_PREFIX.resolve("install.log").toFile())
                    .start();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (IOException e) {
            require(false, "install npm (Debian package npm) to fetch " + FACE_API + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Skips the test naming what to install, or fails it on CI. */
    static void require(boolean present, String message) {
        if (CI && !present) {
            fail(message);
        }
        Assumptions.assumeTrue(present, message);
    }
}
