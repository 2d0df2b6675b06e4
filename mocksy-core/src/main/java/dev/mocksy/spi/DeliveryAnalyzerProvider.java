package dev.mocksy.spi;

import dev.mocksy.speech.DeliveryAnalyzer;

/** Creates {@link DeliveryAnalyzer}s, which measure how answers were spoken. */
public interface DeliveryAnalyzerProvider extends ProviderFactory<DeliveryAnalyzer> {}
