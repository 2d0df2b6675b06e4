package dev.mocksy.vision.opencv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mocksy.ProviderException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Cascade lookup and its errors; needs only the natives from the jar. */
class HaarCascadesTest {

    @TempDir
    Path dir;

    @Test
    void should_prefer_the_configured_folder() throws Exception {
        Path configured = withCascades(dir.resolve("configured"));
        Path usual = withCascades(dir.resolve("usual"));

        HaarCascades found = HaarCascades.locate(Optional.of(configured), List.of(usual));

        assertThat(found.face()).isEqualTo(configured.resolve("haarcascade_frontalface_alt2.xml"));
        assertThat(found.eye()).isEqualTo(configured.resolve("haarcascade_eye.xml"));
        assertThat(found.smile()).isEqualTo(configured.resolve("haarcascade_smile.xml"));
    }

    @Test
    void should_take_the_first_usual_location_that_has_all_three_files() throws Exception {
        Path partial = Files.createDirectories(dir.resolve("partial"));
        Files.writeString(partial.resolve("haarcascade_eye.xml"), "<x/>");
        Path complete = withCascades(dir.resolve("complete"));

        assertThat(HaarCascades.locate(Optional.empty(), List.of(partial, complete))
                        .face()
                        .getParent())
                .isEqualTo(complete);
    }

    @Test
    void should_say_where_it_looked_and_how_to_install_the_cascades() {
        Path nowhere = dir.resolve("nowhere");

        assertThatThrownBy(() -> HaarCascades.locate(Optional.empty(), List.of(nowhere)))
                .isInstanceOf(CascadesNotFoundException.class)
                .isInstanceOf(ProviderException.class)
                .hasMessageContaining("were not found in [" + nowhere + "]")
                .hasMessageContaining("apt-get install opencv-data")
                .hasMessageContaining("mocksy.vision.cascades")
                .satisfies(e ->
                        assertThat(((CascadesNotFoundException) e).searched()).containsExactly(nowhere));
    }

    @Test
    void should_not_fall_back_when_the_configured_folder_lacks_a_file() throws Exception {
        Path configured = withCascades(dir.resolve("configured"));
        Files.delete(configured.resolve("haarcascade_smile.xml"));
        Path usual = withCascades(dir.resolve("usual"));

        assertThatThrownBy(() -> HaarCascades.locate(Optional.of(configured), List.of(usual)))
                .isInstanceOf(CascadesNotFoundException.class)
                .hasMessageContaining(configured + " lacks haarcascade_smile.xml");
    }

    @Test
    void should_reject_a_file_that_is_not_a_cascade() throws Exception {
        HaarCascades broken = HaarCascades.in(withCascades(dir.resolve("broken")));

        assertThatThrownBy(() -> OpenCvVisionAnalyzer.builder().cascades(broken).build())
                .isInstanceOf(ProviderException.class)
                .hasMessageContaining("opencv: OpenCV could not load the cascade")
                .hasMessageContaining("not a valid Haar cascade");
    }

    @Test
    void should_validate_builder_settings_naming_the_field() {
        assertThatThrownBy(() -> OpenCvVisionAnalyzer.builder().workingWidth(10))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("workingWidth must be at least 64");
        assertThatThrownBy(() -> OpenCvVisionAnalyzer.builder().centreTolerance(1.5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("centreTolerance must be between 0 and 1");
        assertThatThrownBy(() -> OpenCvVisionAnalyzer.builder().maxConcurrency(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxConcurrency must be positive");
    }

    /** A folder with three files of the right names holding something that is not a cascade. */
    private static Path withCascades(Path folder) throws Exception {
        Files.createDirectories(folder);
        for (String name : List.of(HaarCascades.FACE_FILE, HaarCascades.EYE_FILE, HaarCascades.SMILE_FILE)) {
            Files.writeString(folder.resolve(name), "<opencv_storage></opencv_storage>");
        }
        return folder;
    }
}
