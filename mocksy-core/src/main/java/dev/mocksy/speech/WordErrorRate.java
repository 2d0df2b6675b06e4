package dev.mocksy.speech;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Word error rate: (substitutions + deletions + insertions) / reference words, by word-level edit distance.
 *
 * <p>Both texts are normalised the same way: lower case, punctuation other than apostrophes removed.
 */
public final class WordErrorRate {

    private WordErrorRate() {}

    /**
     * The error rate of {@code hypothesis} against {@code reference}, 0 for a perfect match; may exceed 1.
     *
     * @throws IllegalArgumentException when the reference has no words
     */
    public static double of(String reference, String hypothesis) {
        List<String> ref = normalise(reference);
        List<String> hyp = normalise(hypothesis);
        if (ref.isEmpty()) {
            throw new IllegalArgumentException("reference must have words");
        }
        return (double) editDistance(ref, hyp) / ref.size();
    }

    /** The minimum number of word substitutions, deletions and insertions that turn one list into the other. */
    public static int editDistance(List<String> reference, List<String> hypothesis) {
        int[] previous = new int[hypothesis.size() + 1];
        int[] current = new int[hypothesis.size() + 1];
        for (int j = 0; j <= hypothesis.size(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= reference.size(); i++) {
            current[0] = i;
            for (int j = 1; j <= hypothesis.size(); j++) {
                int substitution = previous[j - 1] + (reference.get(i - 1).equals(hypothesis.get(j - 1)) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[hypothesis.size()];
    }

    /** Lower-case words without punctuation, apostrophes kept. */
    public static List<String> normalise(String text) {
        String cleaned = text.toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}' ]+", " ")
                .strip();
        return cleaned.isEmpty() ? List.of() : Arrays.asList(cleaned.split("\\s+"));
    }
}
