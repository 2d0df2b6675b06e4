package dev.mocksy.spi;

import dev.mocksy.evaluation.TextEmbedder;

/** Creates {@link TextEmbedder}s, which let the offline evaluator match key points by meaning. */
public interface TextEmbedderProvider extends ProviderFactory<TextEmbedder> {}
