package dev.mocksy.llm.interviewer;

import java.util.Locale;

/** Checks that a quote really is in the text it claims to come from. */
final class Quotes {

    private Quotes() {}

    /** Whether {@code quote} occurs in {@code text}, ignoring case, spacing and the quote's outer punctuation. */
    static boolean isIn(String quote, String text) {
        String needle = normalise(quote).replaceAll("^[\\p{Punct}\\s“”‘’]+|[\\p{Punct}\\s“”‘’]+$", "");
        return !needle.isEmpty() && normalise(text).contains(needle);
    }

    private static String normalise(String text) {
        return (text == null ? "" : text)
                .replace('’', '\'')
                .replace('‘', '\'')
                .replace('“', '"')
                .replace('”', '"')
                .replaceAll("\\s+", " ")
                .toLowerCase(Locale.ROOT)
                .strip();
    }
}
