package dev.mocksy.embeddings.minilm;

import com.google.auto.service.AutoService;
import dev.mocksy.evaluation.TextEmbedder;
import dev.mocksy.spi.ProviderContext;
import dev.mocksy.spi.TextEmbedderProvider;
import java.util.List;

/**
 * Provides the bundled MiniLM sentence embedder (id {@code minilm}). The model is loaded when the first answer is
 * evaluated, once, and shared: a command that evaluates nothing never pays for it.
 */
@AutoService(TextEmbedderProvider.class)
public final class MiniLmTextEmbedderProvider implements TextEmbedderProvider {

    @Override
    public String id() {
        return "minilm";
    }

    @Override
    public TextEmbedder create(ProviderContext context) {
        return new TextEmbedder() {
            @Override
            public String name() {
                return MiniLmTextEmbedder.NAME;
            }

            @Override
            public int dimensions() {
                return MiniLmTextEmbedder.DIMENSIONS;
            }

            @Override
            public float[] embed(String text) {
                return MiniLmTextEmbedder.shared().embed(text);
            }

            @Override
            public List<float[]> embedAll(List<String> texts) {
                return MiniLmTextEmbedder.shared().embedAll(texts);
            }
        };
    }
}
