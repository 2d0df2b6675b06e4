package dev.mocksy.evaluation;

import dev.mocksy.evaluation.QuestionProfile.CompiledKeyPoint;
import dev.mocksy.internal.text.AnalyzedText;
import dev.mocksy.internal.text.EnglishStemmer;
import dev.mocksy.internal.text.Segment;
import dev.mocksy.internal.text.Token;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which key points an answer covers, and where.
 *
 * <p>A key point is covered when one of its terms appears in a sentence or a code block; a term that appears only in
 * a bare list of terms does not count, because naming a thing is not explaining it. A term appears when its content
 * stems appear in order, when its stems joined appear as one word ({@code tradeoff} for {@code trade-off}) or the
 * other way round, or, for terms of two to four words, when all its stems appear close together in one sentence
 * ("overhead on writes" for "write overhead"). A short, comma-separated sentence that names three or more key points
 * (fewer than seven words each) keeps credit for the first only: it is a list dressed as a sentence.
 *
 * @param covered each covered key point with the segment that covered it, in key-point order
 * @param missed the key points not covered, in key-point order
 * @param listedOnly how many key points were named only inside bare lists
 * @param byMeaning the covered key points that were stated in other words, found by meaning rather than words
 */
record KeyPointCoverage(
        Map<CompiledKeyPoint, Segment> covered,
        List<CompiledKeyPoint> missed,
        int listedOnly,
        Set<CompiledKeyPoint> byMeaning) {

    KeyPointCoverage(Map<CompiledKeyPoint, Segment> covered, List<CompiledKeyPoint> missed, int listedOnly) {
        this(covered, missed, listedOnly, Set.of());
    }

    private static final int WINDOW_SLACK = 5;
    private static final int STUFFED_POINTS = 3;
    private static final int WORDS_PER_POINT = 7;

    /** The share of key points covered, 0 when the question has none. */
    double ratio() {
        int total = covered.size() + missed.size();
        return total == 0 ? 0 : (double) covered.size() / total;
    }

    static KeyPointCoverage measure(QuestionProfile profile, AnalyzedText answer) {
        List<SegmentStems> segments = new ArrayList<>();
        for (Segment segment : answer.segments()) {
            segments.add(SegmentStems.of(segment));
        }
        Map<CompiledKeyPoint, Segment> covered = new LinkedHashMap<>();
        List<CompiledKeyPoint> missed = new ArrayList<>();
        int listedOnly = 0;
        for (CompiledKeyPoint keyPoint : profile.keyPoints()) {
            Segment where = null;
            boolean listed = false;
            for (SegmentStems segment : segments) {
                if (!mentions(keyPoint, segment)) {
                    continue;
                }
                if ((segment.segment.prose() && !NonAnswerDetector.listLike(segment.segment))
                        || segment.segment.code()) {
                    where = segment.segment;
                    break;
                }
                listed = true;
            }
            if (where != null) {
                covered.put(keyPoint, where);
            } else {
                missed.add(keyPoint);
                if (listed) {
                    listedOnly++;
                }
            }
        }
        return unstuffed(profile, covered, missed, listedOnly);
    }

    /**
     * Naming several key points in one short breath ("indexes are about b-trees, write overhead, selectivity and
     * storage") is a list dressed as a sentence: such a sentence keeps credit for its first key point only.
     */
    private static KeyPointCoverage unstuffed(
            QuestionProfile profile,
            Map<CompiledKeyPoint, Segment> covered,
            List<CompiledKeyPoint> missed,
            int listedOnly) {
        Map<Segment, Integer> perSegment = new java.util.HashMap<>();
        covered.values().forEach(segment -> perSegment.merge(segment, 1, Integer::sum));
        boolean stuffed = perSegment.entrySet().stream()
                .anyMatch(e -> e.getValue() >= STUFFED_POINTS && e.getKey().size() < WORDS_PER_POINT * e.getValue());
        if (!stuffed) {
            return new KeyPointCoverage(covered, missed, listedOnly);
        }
        Map<CompiledKeyPoint, Segment> kept = new LinkedHashMap<>();
        Set<Segment> credited = new HashSet<>();
        int dropped = 0;
        for (Map.Entry<CompiledKeyPoint, Segment> entry : covered.entrySet()) {
            Segment segment = entry.getValue();
            int count = perSegment.get(segment);
            if (!isStuffed(segment, count) || credited.add(segment)) {
                kept.put(entry.getKey(), segment);
            } else {
                dropped++;
            }
        }
        List<CompiledKeyPoint> stillMissed = new ArrayList<>();
        for (CompiledKeyPoint keyPoint : profile.keyPoints()) {
            if (!kept.containsKey(keyPoint)) {
                stillMissed.add(keyPoint);
            }
        }
        return new KeyPointCoverage(kept, stillMissed, listedOnly + dropped);
    }

    /** Three or more key points named in a short, comma-separated sentence. */
    private static boolean isStuffed(Segment segment, int points) {
        if (points < STUFFED_POINTS || segment.size() >= WORDS_PER_POINT * points) {
            return false;
        }
        int commas = 0;
        for (int i = 0; i < segment.text().length(); i++) {
            char c = segment.text().charAt(i);
            if (c == ',' || c == ';') {
                commas++;
            }
        }
        return commas >= 2;
    }

    private static boolean mentions(CompiledKeyPoint keyPoint, SegmentStems segment) {
        for (int t = 0; t < keyPoint.terms().size(); t++) {
            List<String> term = keyPoint.terms().get(t);
            if (segment.containsSequence(term)
                    || segment.joined.contains(keyPoint.joined().get(t))
                    || (term.size() >= 2 && term.size() <= 4 && segment.containsNear(term))) {
                return true;
            }
        }
        return false;
    }

    /** A segment's stems prepared for matching. */
    private static final class SegmentStems {
        final Segment segment;
        final List<String> content = new ArrayList<>();
        final List<String> all = new ArrayList<>();
        final Set<String> joined = new HashSet<>();

        private SegmentStems(Segment segment) {
            this.segment = segment;
        }

        static SegmentStems of(Segment segment) {
            SegmentStems stems = new SegmentStems(segment);
            List<Token> tokens = segment.tokens();
            for (int i = 0; i < tokens.size(); i++) {
                Token token = tokens.get(i);
                stems.all.add(token.stem());
                if (AnalyzedText.isContent(token)) {
                    stems.content.add(token.stem());
                }
                stems.joined.add(token.stem());
                if (i + 1 < tokens.size()) {
                    stems.joined.add(EnglishStemmer.stem(
                            token.lower() + tokens.get(i + 1).lower()));
                }
            }
            return stems;
        }

        boolean containsSequence(List<String> term) {
            return indexOf(content, term) >= 0 || indexOf(all, term) >= 0;
        }

        /** Whether every stem of the term occurs within a short window of content stems. */
        boolean containsNear(List<String> term) {
            int window = term.size() + WINDOW_SLACK;
            for (int start = 0; start < content.size(); start++) {
                if (!term.contains(content.get(start))) {
                    continue;
                }
                Set<String> seen = new HashSet<>();
                for (int i = start; i < Math.min(content.size(), start + window); i++) {
                    if (term.contains(content.get(i))) {
                        seen.add(content.get(i));
                    }
                }
                if (seen.size() == new HashSet<>(term).size()) {
                    return true;
                }
            }
            return false;
        }

        private static int indexOf(List<String> haystack, List<String> needle) {
            outer:
            for (int i = 0; i + needle.size() <= haystack.size(); i++) {
                for (int k = 0; k < needle.size(); k++) {
                    if (!haystack.get(i + k).equals(needle.get(k))) {
                        continue outer;
                    }
                }
                return i;
            }
            return -1;
        }
    }
}
