package dev.mocksy.embeddings.minilm;

import com.google.auto.service.AutoService;
import dev.mocksy.evaluation.TextEmbedder;
import dev.mocksy.spi.ProviderConfig;
import dev.mocksy.spi.TextEmbedderProvider;

/** Provides the bundled MiniLM sentence embedder (id {@code minilm}); the model is loaded once and shared. */
@AutoService(TextEmbedderProvider.class)
public final class MiniLmTextEmbedderProvider implements TextEmbedderProvider {

    @Override
    public String id() {
        return "minilm";
    }

    @Override
    public TextEmbedder create(ProviderConfig config) {
        return MiniLmTextEmbedder.shared();
    }
}
