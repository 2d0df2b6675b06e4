package dev.mocksy.spi;

import dev.mocksy.vision.VisionAnalyzer;

/** Creates {@link VisionAnalyzer}s, which observe webcam frames. */
public interface VisionAnalyzerProvider extends ProviderFactory<VisionAnalyzer> {}
