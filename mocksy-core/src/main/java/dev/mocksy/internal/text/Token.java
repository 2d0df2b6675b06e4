package dev.mocksy.internal.text;

/**
 * One word or number of a text, with where it stands in the original.
 *
 * @param surface the characters exactly as written
 * @param lower the normalised form: NFKC, lower case, accents removed, typographic apostrophes made plain
 * @param stem the {@link EnglishStemmer} stem of {@code lower}
 * @param start the offset of the first character in the original text
 * @param end the offset after the last character in the original text
 */
public record Token(String surface, String lower, String stem, int start, int end) {

    /** Whether the token starts with a digit, e.g. {@code 40}, {@code 3.5}, {@code 10/10}. */
    public boolean isNumber() {
        return !lower.isEmpty() && Character.isDigit(lower.charAt(0));
    }

    /** Whether the token has at least one letter. */
    public boolean hasLetter() {
        for (int i = 0; i < lower.length(); i++) {
            if (Character.isLetter(lower.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
