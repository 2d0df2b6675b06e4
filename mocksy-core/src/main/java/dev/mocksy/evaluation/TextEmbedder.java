package dev.mocksy.evaluation;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns text into a sentence embedding: a vector whose direction stands for what the text means, so that two
 * paraphrases point the same way ("cheap threads scheduled by the runtime" and "lightweight, runtime-scheduled
 * goroutines").
 *
 * <p>The heuristic evaluator uses one, when present, to credit key points stated in other words. Implementations run
 * in-process (no network), are thread-safe, and return unit-length vectors of a fixed {@link #dimensions()}.
 *
 * <pre>{@code
 * TextEmbedder embedder = ...;   // e.g. from mocksy-embeddings-minilm
 * double similarity = TextEmbedder.cosine(embedder.embed("a"), embedder.embed("b"));
 * }</pre>
 */
public interface TextEmbedder {

    /** A short name for reports and logs, e.g. {@code "all-minilm-l6-v2-q"}. */
    String name();

    /** The length of every vector this embedder returns. */
    int dimensions();

    /**
     * The embedding of {@code text}, normalised to unit length.
     *
     * @throws IllegalArgumentException when {@code text} is null
     */
    float[] embed(String text);

    /** The embeddings of several texts, in order; implementations may batch them. */
    default List<float[]> embedAll(List<String> texts) {
        List<float[]> vectors = new ArrayList<>(texts.size());
        for (String text : texts) {
            vectors.add(embed(text));
        }
        return vectors;
    }

    /** The cosine similarity of two vectors of the same length, -1 to 1; 0 when either is all zeros. */
    static double cosine(float[] a, float[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("vectors differ in length: " + a.length + " and " + b.length);
        }
        double dot = 0;
        double normA = 0;
        double normB = 0;
        for (int i = 0; i < a.length; i++) {
            dot += (double) a[i] * b[i];
            normA += (double) a[i] * a[i];
            normB += (double) b[i] * b[i];
        }
        if (normA == 0 || normB == 0) {
            return 0;
        }
        return dot / Math.sqrt(normA * normB);
    }
}
