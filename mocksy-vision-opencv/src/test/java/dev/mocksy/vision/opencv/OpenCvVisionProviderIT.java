package dev.mocksy.vision.opencv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mocksy.spi.ProviderConfig;
import dev.mocksy.spi.ProviderContext;
import dev.mocksy.spi.VisionAnalyzerProvider;
import dev.mocksy.vision.VisionAnalyzer;
import java.nio.file.Path;
import java.util.Map;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

class OpenCvVisionProviderIT {

    @Test
    void should_be_discovered_and_use_the_configured_cascade_folder() {
        Path folder = TestImages.cascades().face().getParent();
        VisionAnalyzerProvider provider = ServiceLoader.load(VisionAnalyzerProvider.class).stream()
                .map(ServiceLoader.Provider::get)
                .filter(candidate -> candidate.id().equals("opencv"))
                .findFirst()
                .orElseThrow();

        VisionAnalyzer analyzer = provider.create(
                ProviderContext.of(ProviderConfig.isolated(Map.of(HaarCascades.SETTING, folder.toString()))));

        assertThat(analyzer).isInstanceOf(OpenCvVisionAnalyzer.class);
        assertThat(((OpenCvVisionAnalyzer) analyzer).cascades().face())
                .isEqualTo(folder.resolve(HaarCascades.FACE_FILE));
    }

    @Test
    void should_fail_naming_the_configured_folder_when_it_lacks_the_cascades() {
        ProviderConfig config = ProviderConfig.isolated(Map.of(HaarCascades.SETTING, "/nowhere/cascades"));

        assertThatThrownBy(() -> new OpenCvVisionProvider().create(ProviderContext.of(config)))
                .isInstanceOf(CascadesNotFoundException.class)
                .hasMessageContaining("/nowhere/cascades lacks haarcascade_frontalface_alt2.xml")
                .hasMessageContaining("apt-get install opencv-data");
    }
}
