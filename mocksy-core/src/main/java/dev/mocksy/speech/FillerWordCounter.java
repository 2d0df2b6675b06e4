package dev.mocksy.speech;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Counts filler words in a transcript. Heuristic: "um" and "uh" always count; "like", "so" and "you know" count only
 * where they do not carry meaning (after a pause or a conjunction, opening the answer, not followed by a clause).
 */
final class FillerWordCounter {

    /** Sounds and words that are fillers wherever they occur. */
    static final Set<String> ALWAYS = Set.of(
            "um", "umm", "uh", "uhm", "er", "erm", "ah", "eh", "hmm", "mm", "basically", "actually", "literally");

    private static final Set<String> BEFORE_FILLER_LIKE =
            Set.of("and", "but", "so", "was", "is", "it's", "just", "um", "uh", "er", "basically");
    private static final Set<String> AFTER_MEANINGFUL_YOU_KNOW =
            Set.of("what", "how", "that", "the", "about", "why", "where", "when", "if", "it", "him", "her", "them");

    private FillerWordCounter() {}

    /**
     * How often each filler occurs.
     *
     * @param words the transcript's words (without timings every gap counts as no pause)
     * @param pauseBefore for each word, the silence before it in seconds; the first word gets infinity
     */
    static Map<String, Integer> count(List<String> words, double[] pauseBefore) {
        Map<String, Integer> counts = new TreeMap<>();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i).toLowerCase(Locale.ROOT);
            String previous = i > 0 ? words.get(i - 1).toLowerCase(Locale.ROOT) : "";
            String next = i + 1 < words.size() ? words.get(i + 1).toLowerCase(Locale.ROOT) : "";
            boolean afterPause = pauseBefore[i] >= 0.25;
            if (ALWAYS.contains(word)) {
                counts.merge(word, 1, Integer::sum);
            } else if (word.equals("like") && (afterPause || BEFORE_FILLER_LIKE.contains(previous))) {
                counts.merge(word, 1, Integer::sum);
            } else if (word.equals("so")
                    && (i == 0 || pauseBefore[i] >= 0.5 || ALWAYS.contains(previous))
                    && !next.isEmpty()) {
                counts.merge(word, 1, Integer::sum);
            } else if (word.equals("you")
                    && next.equals("know")
                    && !AFTER_MEANINGFUL_YOU_KNOW.contains(nextAfter(words, i + 1))) {
                counts.merge("you know", 1, Integer::sum);
                i++;
            } else if (word.equals("i") && next.equals("mean") && pauseBefore[i] >= 0.25) {
                counts.merge("i mean", 1, Integer::sum);
                i++;
            }
        }
        return counts;
    }

    private static String nextAfter(List<String> words, int index) {
        return index + 1 < words.size() ? words.get(index + 1).toLowerCase(Locale.ROOT) : "";
    }
}
