package dev.mocksy.internal.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds filler words and hedges in a segment.
 *
 * <p>Fillers: sounds ({@code um, uh, er, erm, hmm}), empty words ({@code basically, actually, literally}), empty
 * phrases ({@code you know, I mean, kind of, sort of}), {@code like} next to a comma or another filler, and
 * {@code so}/{@code well}/{@code okay} opening a sentence. Hedges weaken a claim: {@code I think, I guess, maybe,
 * probably, not sure, might}. {@code like} in "a queue is like a line" is not a filler, and neither is
 * {@code so that}.
 */
public final class Disfluency {

    private static final Set<String> SOUNDS =
            Set.of("um", "umm", "uh", "uhh", "uhm", "er", "erm", "hmm", "hm", "mm", "ah", "eh");
    private static final Set<String> EMPTY_WORDS = Set.of("basically", "actually", "literally", "honestly", "totally");
    private static final List<List<String>> FILLER_PHRASES = List.of(
            List.of("you", "know"),
            List.of("i", "mean"),
            List.of("kind", "of"),
            List.of("sort", "of"),
            List.of("you", "see"));
    private static final Set<String> OPENERS = Set.of("so", "well", "okay", "ok", "like", "yeah");
    private static final List<List<String>> HEDGE_PHRASES = List.of(
            List.of("i", "think"),
            List.of("i", "guess"),
            List.of("i", "suppose"),
            List.of("i", "believe"),
            List.of("not", "sure"),
            List.of("i", "feel", "like"),
            List.of("more", "or", "less"),
            List.of("if", "i", "remember"),
            List.of("i'm", "not", "sure"));
    private static final Set<String> HEDGE_WORDS =
            Set.of("maybe", "perhaps", "probably", "possibly", "hopefully", "somewhat", "might", "guess");

    private Disfluency() {}

    /** Whether a single normalised word is only ever filler or padding: a sound, an empty word, an opener. */
    public static boolean isFillerWord(String lower) {
        return SOUNDS.contains(lower) || EMPTY_WORDS.contains(lower) || OPENERS.contains(lower);
    }

    /** The filler words and phrases in a segment, as written, in order. */
    public static List<String> fillers(Segment segment) {
        List<Token> tokens = segment.tokens();
        List<String> found = new ArrayList<>();
        String text = segment.text();
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            String w = token.lower();
            if (SOUNDS.contains(w) || EMPTY_WORDS.contains(w)) {
                found.add(token.surface());
            } else if (i == 0 && OPENERS.contains(w) && !nextIs(tokens, i, "that")) {
                found.add(token.surface());
            } else if (w.equals("like")
                    && (commaAfter(text, segment.start(), token)
                            || commaBefore(text, segment.start(), token)
                            || (i + 1 < tokens.size()
                                    && SOUNDS.contains(tokens.get(i + 1).lower())))) {
                found.add(token.surface());
            } else {
                int n = phraseAt(tokens, i, FILLER_PHRASES);
                if (n > 0) {
                    found.add(span(segment, tokens, i, n));
                    i += n - 1;
                }
            }
        }
        return found;
    }

    /** The number of hedges in a segment. */
    public static int hedges(Segment segment) {
        List<Token> tokens = segment.tokens();
        int count = 0;
        for (int i = 0; i < tokens.size(); i++) {
            int n = phraseAt(tokens, i, HEDGE_PHRASES);
            if (n > 0) {
                count++;
                i += n - 1;
            } else if (HEDGE_WORDS.contains(tokens.get(i).lower())) {
                count++;
            }
        }
        return count;
    }

    private static boolean nextIs(List<Token> tokens, int i, String word) {
        return i + 1 < tokens.size() && tokens.get(i + 1).lower().equals(word);
    }

    private static int phraseAt(List<Token> tokens, int i, List<List<String>> phrases) {
        for (List<String> phrase : phrases) {
            if (i + phrase.size() > tokens.size()) {
                continue;
            }
            boolean match = true;
            for (int k = 0; k < phrase.size(); k++) {
                if (!tokens.get(i + k).lower().equals(phrase.get(k))) {
                    match = false;
                    break;
                }
            }
            if (match) {
                return phrase.size();
            }
        }
        return 0;
    }

    private static String span(Segment segment, List<Token> tokens, int i, int n) {
        return segment.text()
                .substring(
                        tokens.get(i).start() - segment.start(),
                        tokens.get(i + n - 1).end() - segment.start());
    }

    private static boolean commaAfter(String text, int offset, Token token) {
        int j = token.end() - offset;
        return j < text.length() && text.charAt(j) == ',';
    }

    private static boolean commaBefore(String text, int offset, Token token) {
        int j = token.start() - offset - 1;
        while (j >= 0 && text.charAt(j) == ' ') {
            j--;
        }
        return j >= 0 && text.charAt(j) == ',';
    }
}
