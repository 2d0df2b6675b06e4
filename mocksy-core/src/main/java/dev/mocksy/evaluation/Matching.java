package dev.mocksy.evaluation;

import dev.mocksy.internal.text.AnalyzedText;
import dev.mocksy.internal.text.EnglishStemmer;
import dev.mocksy.internal.text.Token;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Where a phrase, as stems, occurs among a sentence's tokens: in order, joined, or close together. */
final class Matching {

    private static final int WINDOW_SLACK = 5;

    private Matching() {}

    /**
     * The index of the token where {@code stems} start: as consecutive stems (function words may sit between content
     * stems), as one joined word, or, for two to four stems, all within a short window. -1 when absent.
     */
    static int find(List<Token> tokens, List<String> stems) {
        if (stems.isEmpty() || tokens.isEmpty()) {
            return -1;
        }
        int exact = sequence(tokens, stems, false);
        if (exact >= 0) {
            return exact;
        }
        int content = sequence(tokens, stems, true);
        if (content >= 0) {
            return content;
        }
        String joined = String.join("", stems);
        for (int i = 0; i < tokens.size(); i++) {
            if (stems.size() > 1 && tokens.get(i).stem().equals(joined)) {
                return i;
            }
            if (i + 1 < tokens.size()
                    && EnglishStemmer.stem(
                                    tokens.get(i).lower() + tokens.get(i + 1).lower())
                            .equals(EnglishStemmer.stem(joined))) {
                return i;
            }
        }
        if (stems.size() >= 2 && stems.size() <= 4) {
            return near(tokens, stems);
        }
        return -1;
    }

    /** The index where {@code stems} start as consecutive stems (function words allowed between), or -1. */
    static int sequence(List<Token> tokens, List<String> stems) {
        int exact = sequence(tokens, stems, false);
        return exact >= 0 ? exact : sequence(tokens, stems, true);
    }

    private static int sequence(List<Token> tokens, List<String> stems, boolean contentOnly) {
        outer:
        for (int i = 0; i < tokens.size(); i++) {
            int k = 0;
            int j = i;
            while (k < stems.size()) {
                if (j >= tokens.size()) {
                    continue outer;
                }
                Token token = tokens.get(j);
                if (contentOnly && !AnalyzedText.isContent(token) && k > 0) {
                    j++;
                    continue;
                }
                if (!token.stem().equals(stems.get(k))) {
                    continue outer;
                }
                k++;
                j++;
            }
            return i;
        }
        return -1;
    }

    private static int near(List<Token> tokens, List<String> stems) {
        Set<String> wanted = new HashSet<>(stems);
        int window = stems.size() + WINDOW_SLACK;
        for (int start = 0; start < tokens.size(); start++) {
            if (!wanted.contains(tokens.get(start).stem())) {
                continue;
            }
            Set<String> seen = new HashSet<>();
            int contentSeen = 0;
            for (int i = start; i < tokens.size() && contentSeen < window; i++) {
                Token token = tokens.get(i);
                if (AnalyzedText.isContent(token)) {
                    contentSeen++;
                }
                if (wanted.contains(token.stem())) {
                    seen.add(token.stem());
                }
            }
            if (seen.size() == wanted.size()) {
                return start;
            }
        }
        return -1;
    }
}
