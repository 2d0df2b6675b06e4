package dev.mocksy.vision.opencv;

import com.google.auto.service.AutoService;
import dev.mocksy.spi.ProviderConfig;
import dev.mocksy.spi.ProviderContext;
import dev.mocksy.spi.VisionAnalyzerProvider;
import dev.mocksy.vision.VisionAnalyzer;
import java.nio.file.Path;

/**
 * Provides {@link OpenCvVisionAnalyzer} as {@code "opencv"}. Setting {@value HaarCascades#SETTING} names the cascade
 * folder; without it the usual install locations are searched. {@value OpenCvVisionAnalyzer#MAX_PIXELS_SETTING} sets
 * the pixel limit of a frame.
 */
@AutoService(VisionAnalyzerProvider.class)
public final class OpenCvVisionProvider implements VisionAnalyzerProvider {

    /** This provider's id. */
    public static final String ID = "opencv";

    @Override
    public String id() {
        return ID;
    }

    /**
     * Builds the analyzer.
     *
     * @throws CascadesNotFoundException when the cascades are neither configured nor installed
     */
    @Override
    public VisionAnalyzer create(ProviderContext context) {
        ProviderConfig config = context.config();
        OpenCvVisionAnalyzer.Builder builder = OpenCvVisionAnalyzer.builder();
        config.get(HaarCascades.SETTING).map(Path::of).ifPresent(builder::cascades);
        config.get(OpenCvVisionAnalyzer.MAX_PIXELS_SETTING).ifPresent(value -> {
            try {
                builder.maxPixels(Long.parseLong(value.strip()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(
                        OpenCvVisionAnalyzer.MAX_PIXELS_SETTING + " must be a number of pixels, got " + value, e);
            }
        });
        return builder.build();
    }
}
