package dev.mocksy.evaluation;

import dev.mocksy.evaluation.QuestionProfile.Claim;
import dev.mocksy.evaluation.QuestionProfile.CompiledKeyPoint;
import dev.mocksy.evaluation.QuestionProfile.CompiledMisconception;
import dev.mocksy.internal.text.AnalyzedText;
import dev.mocksy.internal.text.Segment;
import dev.mocksy.internal.text.Token;
import dev.mocksy.question.Question;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Key points by meaning: embeds an answer's sentences with a {@link TextEmbedder} and credits a key point that a
 * sentence states in other words ("cheap threads scheduled by the Go runtime" for "goroutines are lightweight and
 * scheduled by the Go runtime"). The word matcher still runs first; this only adds what it missed, and never credits
 * a sentence that contradicts the point ({@link Contradictions}).
 *
 * <p>A sentence covers a key point when its cosine similarity to the point (its sentence, or its sentence with its
 * terms) is at least {@value #COVERS}; at least {@value #COVERS_WITH_WORDS} when it also uses two of the point's
 * words or terms; at least {@value #COVERS_WITH_OWN_WORDS} when two of those are not words of the question itself.
 * Embeddings do not see negation or swapped terms, which is why a contradiction check gates them. Thread-safe; the vectors of a question's
 * key points and misconceptions are computed once per question.
 */
final class MeaningMatcher {

    /** Similarity at which a sentence states a key point, alone. */
    static final double COVERS = 0.62;

    /** Similarity at which a sentence states a key point when it also uses two of the point's words or terms. */
    static final double COVERS_WITH_WORDS = 0.48;

    /** Similarity at which a sentence states a key point when two of the words it shares are not the question's. */
    static final double COVERS_WITH_OWN_WORDS = 0.40;

    /** At most this many sentences of an answer are embedded: the cost stays bounded for long answers. */
    static final int MAX_SENTENCES = 14;

    private static final int CACHE_LIMIT = 1024;

    private final TextEmbedder embedder;
    private final Map<Question, QuestionVectors> cache = new ConcurrentHashMap<>();

    MeaningMatcher(TextEmbedder embedder) {
        this.embedder = Objects.requireNonNull(embedder, "embedder");
    }

    String name() {
        return embedder.name();
    }

    /**
     * The vectors of a question's key points, misconceptions and reference answer.
     *
     * @param texts vectors of other texts of the question (claim descriptions), by text
     */
    record QuestionVectors(
            Map<CompiledKeyPoint, List<float[]>> keyPoints,
            Map<CompiledMisconception, List<float[]>> misconceptions,
            Map<CompiledMisconception, float[]> corrections,
            float[] reference,
            Map<String, float[]> texts) {}

    /** Embeds the answer's sentences (prose of three words or more, the first {@value #MAX_SENTENCES}). */
    MeaningMatch match(QuestionProfile profile, AnalyzedText answer) {
        List<Segment> segments = new ArrayList<>();
        for (Segment segment : answer.segments()) {
            if (!segment.code() && segment.size() >= 3) {
                segments.add(segment);
                if (segments.size() == MAX_SENTENCES) {
                    break;
                }
            }
        }
        Map<Segment, float[]> vectors = new LinkedHashMap<>();
        if (!segments.isEmpty()) {
            List<float[]> embedded =
                    embedder.embedAll(segments.stream().map(Segment::text).toList());
            for (int i = 0; i < segments.size(); i++) {
                vectors.put(segments.get(i), embedded.get(i));
            }
        }
        return new MeaningMatch(embedder, vectors(profile), vectors);
    }

    /** The key points the answer states in other words, beyond {@code lexical}, with the sentence for each. */
    Map<CompiledKeyPoint, Segment> covered(
            QuestionProfile profile, MeaningMatch match, Set<CompiledKeyPoint> lexical, Contradictions contradictions) {
        Map<CompiledKeyPoint, Segment> covered = new LinkedHashMap<>();
        Set<Segment> wrong = contradictions.segments();
        Set<CompiledKeyPoint> reversed = contradictions.reversed();
        for (CompiledKeyPoint keyPoint : profile.keyPoints()) {
            if (lexical.contains(keyPoint) || reversed.contains(keyPoint)) {
                continue;
            }
            Segment best = null;
            double bestScore = 0;
            for (Segment segment : match.segments()) {
                if (wrong.contains(segment)) {
                    continue;
                }
                double similarity = match.toKeyPoint(segment, keyPoint);
                boolean enough = similarity >= COVERS
                        || (similarity >= COVERS_WITH_WORDS && sharedWords(keyPoint, segment, profile, true) >= 2)
                        || (similarity >= COVERS_WITH_OWN_WORDS && sharedWords(keyPoint, segment, profile, false) >= 2);
                if (enough && similarity > bestScore) {
                    best = segment;
                    bestScore = similarity;
                }
            }
            if (best != null) {
                covered.put(keyPoint, best);
            }
        }
        return covered;
    }

    /** How many of the point's content words and term words the sentence uses; the question's own, or not. */
    private static int sharedWords(
            CompiledKeyPoint keyPoint, Segment segment, QuestionProfile profile, boolean questionWordsCount) {
        Set<String> wanted = new java.util.HashSet<>(keyPoint.pointStems());
        for (String term : keyPoint.keyPoint().terms()) {
            wanted.addAll(QuestionProfile.contentStems(term));
        }
        if (!questionWordsCount) {
            wanted.removeAll(profile.questionStems());
        }
        Set<String> shared = new java.util.HashSet<>();
        for (Token token : segment.tokens()) {
            if (wanted.contains(token.stem())) {
                shared.add(token.stem());
            }
        }
        return shared.size();
    }

    /** The point with its terms, which often name the idea in the words candidates use. */
    private static String withTerms(CompiledKeyPoint keyPoint) {
        return keyPoint.keyPoint().point() + ". "
                + String.join(", ", keyPoint.keyPoint().terms());
    }

    private QuestionVectors vectors(QuestionProfile profile) {
        QuestionVectors known = cache.get(profile.question());
        if (known != null) {
            return known;
        }
        List<String> texts = new ArrayList<>();
        for (CompiledKeyPoint keyPoint : profile.keyPoints()) {
            texts.add(keyPoint.keyPoint().point());
            texts.add(withTerms(keyPoint));
        }
        for (CompiledMisconception misconception : profile.misconceptions()) {
            texts.addAll(misconception.misconception().phrasings());
            texts.add(misconception.misconception().correction());
        }
        for (Claim claim : profile.claims()) {
            texts.add(claim.descriptionText());
        }
        String reference = profile.question().referenceAnswer();
        if (reference != null) {
            texts.add(reference);
        }
        List<float[]> embedded = texts.isEmpty() ? List.of() : embedder.embedAll(texts);
        Map<String, float[]> byText = new HashMap<>();
        for (int i = 0; i < texts.size(); i++) {
            byText.put(texts.get(i), embedded.get(i));
        }
        Map<CompiledKeyPoint, List<float[]>> keyPoints = new HashMap<>();
        for (CompiledKeyPoint keyPoint : profile.keyPoints()) {
            keyPoints.put(keyPoint, List.of(byText.get(keyPoint.keyPoint().point()), byText.get(withTerms(keyPoint))));
        }
        Map<CompiledMisconception, List<float[]>> misconceptions = new HashMap<>();
        Map<CompiledMisconception, float[]> corrections = new HashMap<>();
        for (CompiledMisconception misconception : profile.misconceptions()) {
            misconceptions.put(
                    misconception,
                    misconception.misconception().phrasings().stream()
                            .map(byText::get)
                            .toList());
            corrections.put(
                    misconception, byText.get(misconception.misconception().correction()));
        }
        QuestionVectors vectors = new QuestionVectors(
                keyPoints, misconceptions, corrections, reference == null ? null : byText.get(reference), byText);
        if (cache.size() >= CACHE_LIMIT) {
            cache.clear();
        }
        cache.put(profile.question(), vectors);
        return vectors;
    }
}
