package dev.mocksy.internal.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds fixed phrases in a token list by their normalised words, much faster than one regular expression with many
 * alternatives: phrases are indexed by their first word, so each token costs one hash lookup.
 *
 * <p>A phrase is written as normalised words separated by spaces; {@code {a|b}} expands to alternatives, e.g.
 * {@code "at my {last|previous} job"}. {@code "phrase=label"} reports the match under {@code label}, to count
 * spellings of one idea once ({@code "tradeoff=trade-off"}, {@code "trade off=trade-off"}). Hyphenated words are
 * written with a space, as the tokenizer splits them.
 */
public final class PhraseMatcher {

    private record Phrase(String[] words, String label) {}

    private final Map<String, List<Phrase>> byFirstWord = new HashMap<>();

    private PhraseMatcher() {}

    /** A matcher of the given phrases. */
    public static PhraseMatcher of(String... phrases) {
        PhraseMatcher matcher = new PhraseMatcher();
        for (String entry : phrases) {
            int eq = entry.indexOf('=');
            String pattern = eq < 0 ? entry : entry.substring(0, eq);
            for (String phrase : expand(pattern)) {
                String label = eq < 0 ? phrase : entry.substring(eq + 1);
                String[] words = phrase.strip().split("\\s+");
                matcher.byFirstWord
                        .computeIfAbsent(words[0], k -> new ArrayList<>())
                        .add(new Phrase(words, label));
            }
        }
        // longest first, so "as a result" wins over "as"
        matcher.byFirstWord.values().forEach(list -> list.sort((a, b) -> b.words().length - a.words().length));
        return matcher;
    }

    /** The labels of the phrases found, in order; a matched stretch of tokens is not matched again. */
    public List<String> find(List<Token> tokens) {
        List<String> found = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            int length = matchAt(tokens, i, found);
            if (length > 0) {
                i += length - 1;
            }
        }
        return found;
    }

    /** Whether any phrase occurs. */
    public boolean any(List<Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            if (matchAt(tokens, i, null) > 0) {
                return true;
            }
        }
        return false;
    }

    private int matchAt(List<Token> tokens, int i, List<String> found) {
        List<Phrase> candidates = byFirstWord.get(tokens.get(i).lower());
        if (candidates == null) {
            return 0;
        }
        for (Phrase phrase : candidates) {
            String[] words = phrase.words();
            if (i + words.length > tokens.size()) {
                continue;
            }
            boolean match = true;
            for (int k = 1; k < words.length; k++) {
                if (!tokens.get(i + k).lower().equals(words[k])) {
                    match = false;
                    break;
                }
            }
            if (match) {
                if (found != null) {
                    found.add(phrase.label());
                }
                return words.length;
            }
        }
        return 0;
    }

    /** Expands every {@code {a|b}} group into its alternatives. */
    static List<String> expand(String pattern) {
        int open = pattern.indexOf('{');
        if (open < 0) {
            return List.of(pattern);
        }
        int close = pattern.indexOf('}', open);
        if (close < 0) {
            throw new IllegalArgumentException("unclosed { in phrase: " + pattern);
        }
        List<String> expanded = new ArrayList<>();
        for (String option : pattern.substring(open + 1, close).split("\\|", -1)) {
            String joined = (pattern.substring(0, open) + option + pattern.substring(close + 1))
                    .replaceAll("\\s+", " ")
                    .strip();
            expanded.addAll(expand(joined));
        }
        return expanded;
    }
}
