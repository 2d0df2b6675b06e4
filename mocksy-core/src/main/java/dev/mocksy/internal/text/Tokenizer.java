package dev.mocksy.internal.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Splits text into word and number tokens that remember their offsets, so evidence can quote the original verbatim.
 *
 * <p>A token is a run of letters and digits. Apostrophes, dots and underscores inside a run are kept ({@code don't},
 * {@code node.js}, {@code customer_id}, {@code 3.5}); so are a slash or comma between digits ({@code 10/10},
 * {@code 1,000}) and a trailing {@code +} or {@code #} after letters ({@code c++}, {@code c#}). Hyphens and slashes
 * between words separate tokens ({@code trade-off} is {@code trade} and {@code off}); the coverage matcher joins
 * neighbours again so that {@code tradeoff} still matches.
 */
public final class Tokenizer {

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");

    private Tokenizer() {}

    /** The tokens of {@code text}, in order. */
    public static List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>(Math.max(8, text.length() / 5));
        int length = text.length();
        int i = 0;
        while (i < length) {
            char c = text.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                i++;
                continue;
            }
            int start = i;
            i++;
            while (i < length) {
                char d = text.charAt(i);
                if (Character.isLetterOrDigit(d) || Character.getType(d) == Character.NON_SPACING_MARK) {
                    i++;
                } else if (i + 1 < length && joins(text.charAt(i - 1), d, text.charAt(i + 1))) {
                    i += 2;
                } else {
                    break;
                }
            }
            if (i < length
                    && i - start <= 2
                    && Character.isLetter(text.charAt(start))
                    && isPlusOrHash(text.charAt(i))) {
                // c++, c#, f#: a short name followed by one or two of + or #
                int j = i;
                while (j < length && j - i < 2 && isPlusOrHash(text.charAt(j))) {
                    j++;
                }
                if (j >= length || !Character.isLetterOrDigit(text.charAt(j))) {
                    i = j;
                }
            }
            String surface = text.substring(start, i);
            String lower = normalise(surface);
            tokens.add(new Token(surface, lower, EnglishStemmer.stem(lower), start, i));
        }
        return tokens;
    }

    /** The normalised form of a word: NFKC, lower case, no accents, plain apostrophes. */
    public static String normalise(String word) {
        boolean ascii = true;
        for (int i = 0; i < word.length(); i++) {
            if (word.charAt(i) > 127) {
                ascii = false;
                break;
            }
        }
        if (ascii) {
            return word.toLowerCase(Locale.ROOT);
        }
        String n = Normalizer.normalize(word, Normalizer.Form.NFKC)
                .replace('\u2019', '\'')
                .replace('\u2018', '\'')
                .replace('\u02bc', '\'')
                .toLowerCase(Locale.ROOT);
        String decomposed = Normalizer.normalize(n, Normalizer.Form.NFD);
        return COMBINING_MARKS.matcher(decomposed).replaceAll("");
    }

    private static boolean isPlusOrHash(char c) {
        return c == '+' || c == '#';
    }

    private static boolean joins(char before, char joiner, char after) {
        switch (joiner) {
            case '\'':
            case '\u2019':
                return Character.isLetter(before) && Character.isLetter(after);
            case '.':
            case '_':
                return Character.isLetterOrDigit(before) && Character.isLetterOrDigit(after);
            case '/':
            case ',':
                return Character.isDigit(before) && Character.isDigit(after);
            default:
                return false;
        }
    }
}
