package dev.mocksy.internal.text;

import java.util.List;

/**
 * A sentence, a line of a list, or a block of code, as written.
 *
 * @param text the characters of the original between {@code start} and {@code end}, verbatim
 * @param start the offset in the original text
 * @param end the offset after the last character
 * @param tokens the tokens inside it
 * @param code whether it is source code (a fenced block or a line that looks like code)
 * @param prose whether it reads as a sentence: it has a verb and a function word, and is not a bare list of terms
 */
public record Segment(String text, int start, int end, List<Token> tokens, boolean code, boolean prose) {

    public Segment {
        tokens = List.copyOf(tokens);
    }

    /** The number of tokens. */
    public int size() {
        return tokens.size();
    }
}
