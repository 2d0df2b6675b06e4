package dev.mocksy.question;

import dev.mocksy.internal.text.AnalyzedText;
import dev.mocksy.internal.text.Segment;
import dev.mocksy.internal.text.Token;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns a reference answer into key points, for questions that come with a model answer but no key points.
 *
 * <p>Each sentence of the reference (a long one split at semicolons) with at least two content words becomes a key
 * point; its terms are its pairs of neighbouring content words ("own stack", "go runtime") and, when it has fewer than
 * two such pairs, its longer content words. Words of the question itself are left out of the terms, because
 * repeating the question shows nothing. The meaning-based matcher, when present, also compares answer sentences with
 * the key point sentence itself.
 */
public final class ReferenceKeyPoints {

    /** At most this many key points come from one reference: the first sentences carry the substance. */
    public static final int MAX_POINTS = 6;

    private static final int MAX_TERMS = 8;

    private ReferenceKeyPoints() {}

    /**
     * The key points of a reference answer.
     *
     * @param reference the reference answer
     * @param question the question's text, whose words are not used as terms; may be null
     */
    public static List<KeyPoint> from(String reference, String question) {
        if (reference == null || reference.isBlank()) {
            return List.of();
        }
        Set<String> questionStems = new LinkedHashSet<>();
        if (question != null) {
            for (Token token : AnalyzedText.of(question).tokens()) {
                questionStems.add(token.stem());
            }
        }
        List<KeyPoint> points = new ArrayList<>();
        for (String clause : clauses(reference)) {
            List<Token> content = new ArrayList<>();
            for (Token token : AnalyzedText.of(clause).tokens()) {
                if (AnalyzedText.isContent(token) && !token.isNumber()) {
                    content.add(token);
                }
            }
            if (content.size() < 2) {
                continue;
            }
            Set<String> terms = new LinkedHashSet<>();
            for (int i = 0; i + 1 < content.size(); i++) {
                Token a = content.get(i);
                Token b = content.get(i + 1);
                if (!(questionStems.contains(a.stem()) && questionStems.contains(b.stem()))) {
                    terms.add(a.lower() + " " + b.lower());
                }
            }
            if (terms.size() < 2) {
                for (Token token : content) {
                    if (token.lower().length() >= 5 && !questionStems.contains(token.stem())) {
                        terms.add(token.lower());
                    }
                }
            }
            if (terms.isEmpty()) {
                continue;
            }
            points.add(new KeyPoint(clause, terms.stream().limit(MAX_TERMS).toList()));
            if (points.size() == MAX_POINTS) {
                break;
            }
        }
        return List.copyOf(points);
    }

    private static List<String> clauses(String reference) {
        List<String> clauses = new ArrayList<>();
        for (Segment segment : AnalyzedText.of(reference.strip()).segments()) {
            String sentence = segment.text().strip();
            if (segment.size() > 24 && sentence.contains(";")) {
                for (String part : sentence.split(";")) {
                    if (!part.isBlank()) {
                        clauses.add(part.strip());
                    }
                }
            } else if (!sentence.isEmpty()) {
                clauses.add(sentence);
            }
        }
        return clauses;
    }
}
