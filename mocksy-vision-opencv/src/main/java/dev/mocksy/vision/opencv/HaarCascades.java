package dev.mocksy.vision.opencv;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The three Haar cascade files the analyzer needs: frontal face, eye and smile.
 *
 * <p>They are not inside the {@code org.openpnp:opencv} jar. Lookup order: the configured folder (builder or setting
 * {@value #SETTING}), then the usual install locations ({@link #USUAL_LOCATIONS}); otherwise a
 * {@link CascadesNotFoundException} says how to get them.
 *
 * @param face {@code haarcascade_frontalface_alt2.xml}: fewer false faces than the default cascade on our test photos
 * @param eye {@code haarcascade_eye.xml}
 * @param smile {@code haarcascade_smile.xml}
 */
public record HaarCascades(Path face, Path eye, Path smile) {

    /** The setting (system property; environment variable {@code MOCKSY_VISION_CASCADES}) naming the folder. */
    public static final String SETTING = "mocksy.vision.cascades";

    static final String FACE_FILE = "haarcascade_frontalface_alt2.xml";
    static final String EYE_FILE = "haarcascade_eye.xml";
    static final String SMILE_FILE = "haarcascade_smile.xml";

    /** Where OpenCV packages install the cascades: Debian/Ubuntu, source builds, Homebrew, Windows. */
    public static final List<Path> USUAL_LOCATIONS = List.of(
            Path.of("/usr/share/opencv4/haarcascades"),
            Path.of("/usr/share/opencv/haarcascades"),
            Path.of("/usr/local/share/opencv4/haarcascades"),
            Path.of("/usr/local/share/opencv/haarcascades"),
            Path.of("/opt/homebrew/share/opencv4/haarcascades"),
            Path.of("C:\\opencv\\build\\etc\\haarcascades"));

    private static final String HOW_TO_GET_THEM = "On Debian or Ubuntu: apt-get install opencv-data (installs them in"
            + " /usr/share/opencv4/haarcascades). Elsewhere copy " + FACE_FILE + ", " + EYE_FILE + " and " + SMILE_FILE
            + " from OpenCV's data/haarcascades folder and point the setting " + SETTING
            + " (or the environment variable MOCKSY_VISION_CASCADES, or OpenCvVisionAnalyzer.builder().cascades(path))"
            + " at that folder.";

    public HaarCascades {
        Objects.requireNonNull(face, "face");
        Objects.requireNonNull(eye, "eye");
        Objects.requireNonNull(smile, "smile");
    }

    /** The cascades in {@code folder}, all three required. */
    public static HaarCascades in(Path folder) {
        Objects.requireNonNull(folder, "folder");
        List<String> missing = missingFiles(folder);
        if (!missing.isEmpty()) {
            throw new CascadesNotFoundException(
                    "the configured cascade folder " + folder + " lacks " + String.join(", ", missing) + ". "
                            + HOW_TO_GET_THEM,
                    List.of(folder));
        }
        return new HaarCascades(folder.resolve(FACE_FILE), folder.resolve(EYE_FILE), folder.resolve(SMILE_FILE));
    }

    /**
     * The configured folder if given (it must hold the files), else the first usual location holding all three.
     *
     * @throws CascadesNotFoundException naming the folders searched and how to install the cascades
     */
    public static HaarCascades locate(Optional<Path> configured) {
        return locate(configured, USUAL_LOCATIONS);
    }

    static HaarCascades locate(Optional<Path> configured, List<Path> usualLocations) {
        if (configured.isPresent()) {
            return in(configured.get());
        }
        List<Path> searched = new ArrayList<>();
        for (Path folder : usualLocations) {
            searched.add(folder);
            if (missingFiles(folder).isEmpty()) {
                return in(folder);
            }
        }
        throw new CascadesNotFoundException(
                "OpenCV's Haar cascades (" + FACE_FILE + ", " + EYE_FILE + ", " + SMILE_FILE + ") were not found in "
                        + searched + ". " + HOW_TO_GET_THEM,
                searched);
    }

    private static List<String> missingFiles(Path folder) {
        List<String> missing = new ArrayList<>();
        for (String file : List.of(FACE_FILE, EYE_FILE, SMILE_FILE)) {
            if (!Files.isRegularFile(folder.resolve(file))) {
                missing.add(file);
            }
        }
        return missing;
    }
}
