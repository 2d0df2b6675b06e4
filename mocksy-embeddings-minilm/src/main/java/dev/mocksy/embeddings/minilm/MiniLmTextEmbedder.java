package dev.mocksy.embeddings.minilm;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.mocksy.evaluation.TextEmbedder;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Sentence embeddings from the quantised all-MiniLM-L6-v2 model (384 dimensions), run in-process with onnxruntime;
 * the model ships inside the Maven artifact, so nothing is downloaded.
 *
 * <pre>{@code
 * TextEmbedder embedder = MiniLmTextEmbedder.shared();
 * float[] vector = embedder.embed("Goroutines are cheap threads scheduled by the Go runtime");
 * }</pre>
 *
 * <p>A blank text embeds to the zero vector, which is similar to nothing. Loading the model takes a fraction of a second and some 90 MB, so {@link #shared()} loads it once per class
 * loader. Thread-safe.
 */
public final class MiniLmTextEmbedder implements TextEmbedder {

    /** The model's name as reports show it. */
    public static final String NAME = "all-minilm-l6-v2-q";

    /** The length of every vector. */
    public static final int DIMENSIONS = 384;

    private static volatile MiniLmTextEmbedder shared;

    private final EmbeddingModel model;

    private MiniLmTextEmbedder(EmbeddingModel model) {
        this.model = model;
    }

    /** The embedder over the bundled model, loaded on first use and kept. */
    public static MiniLmTextEmbedder shared() {
        MiniLmTextEmbedder embedder = shared;
        if (embedder == null) {
            synchronized (MiniLmTextEmbedder.class) {
                embedder = shared;
                if (embedder == null) {
                    embedder = new MiniLmTextEmbedder(new OneThreadMiniLm());
                    shared = embedder;
                }
            }
        }
        return embedder;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int dimensions() {
        return DIMENSIONS;
    }

    @Override
    public float[] embed(String text) {
        if (text == null) {
            throw new IllegalArgumentException("text to embed must not be null");
        }
        if (text.isBlank()) {
            return new float[DIMENSIONS];
        }
        return normalised(model.embed(text).content().vector());
    }

    @Override
    public List<float[]> embedAll(List<String> texts) {
        Objects.requireNonNull(texts, "texts");
        List<TextSegment> segments = new ArrayList<>(texts.size());
        for (String text : texts) {
            if (text == null) {
                throw new IllegalArgumentException("texts to embed must not contain null");
            }
            if (!text.isBlank()) {
                segments.add(TextSegment.from(text));
            }
        }
        List<float[]> embedded = new ArrayList<>(segments.size());
        if (!segments.isEmpty()) {
            model.embedAll(segments).content().forEach(e -> embedded.add(normalised(e.vector())));
        }
        // blank texts mean nothing: a zero vector, similar to nothing
        List<float[]> vectors = new ArrayList<>(texts.size());
        int next = 0;
        for (String text : texts) {
            vectors.add(text.isBlank() ? new float[DIMENSIONS] : embedded.get(next++));
        }
        return vectors;
    }

    private static float[] normalised(float[] vector) {
        double norm = 0;
        for (float v : vector) {
            norm += (double) v * v;
        }
        if (norm == 0) {
            return vector;
        }
        float scale = (float) (1 / Math.sqrt(norm));
        float[] unit = new float[vector.length];
        for (int i = 0; i < vector.length; i++) {
            unit[i] = vector[i] * scale;
        }
        return unit;
    }

    @Override
    public String toString() {
        return "MiniLmTextEmbedder[" + NAME + "]";
    }
}
