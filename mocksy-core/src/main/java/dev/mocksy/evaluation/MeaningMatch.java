package dev.mocksy.evaluation;

import dev.mocksy.evaluation.QuestionProfile.CompiledKeyPoint;
import dev.mocksy.evaluation.QuestionProfile.CompiledMisconception;
import dev.mocksy.internal.text.Segment;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Sentence embeddings of one answer's sentences beside those of its question's key points and misconceptions: how
 * close in meaning each sentence is to each of them. Made by {@link MeaningMatcher}; one per evaluation.
 */
final class MeaningMatch {

    private final TextEmbedder embedder;
    private final MeaningMatcher.QuestionVectors question;
    private final Map<Segment, float[]> sentences;
    private final Map<String, float[]> extra = new HashMap<>();

    MeaningMatch(TextEmbedder embedder, MeaningMatcher.QuestionVectors question, Map<Segment, float[]> sentences) {
        this.embedder = embedder;
        this.question = question;
        this.sentences = sentences;
    }

    /** Whether the sentence was embedded (prose of three words or more, among the first the matcher takes). */
    boolean embedded(Segment segment) {
        return sentences.containsKey(segment);
    }

    /** The embedded sentences. */
    Iterable<Segment> segments() {
        return sentences.keySet();
    }

    /** The similarity to the key point: to its sentence, or to its sentence with its terms, whichever is higher. */
    double toKeyPoint(Segment segment, CompiledKeyPoint keyPoint) {
        float[] vector = sentences.get(segment);
        List<float[]> point = question.keyPoints().get(keyPoint);
        if (vector == null || point == null) {
            return 0;
        }
        double best = 0;
        for (float[] p : point) {
            best = Math.max(best, TextEmbedder.cosine(vector, p));
        }
        return best;
    }

    double toMisconception(Segment segment, CompiledMisconception misconception) {
        float[] vector = sentences.get(segment);
        List<float[]> phrasings = question.misconceptions().get(misconception);
        if (vector == null || phrasings == null) {
            return 0;
        }
        double best = 0;
        for (float[] phrasing : phrasings) {
            best = Math.max(best, TextEmbedder.cosine(vector, phrasing));
        }
        return best;
    }

    double toCorrection(Segment segment, CompiledMisconception misconception) {
        float[] vector = sentences.get(segment);
        float[] correction = question.corrections().get(misconception);
        return vector == null || correction == null ? 0 : TextEmbedder.cosine(vector, correction);
    }

    /** The similarity of the answer's sentences, taken together, to the question's reference answer; 0 without one. */
    double toReference() {
        if (question.reference() == null || sentences.isEmpty()) {
            return 0;
        }
        float[] mean = new float[question.reference().length];
        for (float[] vector : sentences.values()) {
            for (int i = 0; i < mean.length; i++) {
                mean[i] += vector[i];
            }
        }
        double best = TextEmbedder.cosine(mean, question.reference());
        for (float[] vector : sentences.values()) {
            best = Math.max(best, TextEmbedder.cosine(vector, question.reference()));
        }
        return best;
    }

    /** The similarity of two short texts, embedded on demand (parts of sentences, descriptions). */
    double similarity(String a, String b) {
        return TextEmbedder.cosine(vector(a), vector(b));
    }

    private float[] vector(String text) {
        float[] known = question.texts().get(text);
        if (known != null) {
            return known;
        }
        return extra.computeIfAbsent(text, embedder::embed);
    }
}
