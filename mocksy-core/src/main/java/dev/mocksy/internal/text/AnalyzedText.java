package dev.mocksy.internal.text;

import java.util.List;

/**
 * A text split into tokens and segments, ready for the evaluator's signals.
 *
 * @param text the original text, which every offset refers to
 * @param tokens every token, in order
 * @param segments sentences, list lines and code blocks, in order
 */
public record AnalyzedText(String text, List<Token> tokens, List<Segment> segments) {

    public AnalyzedText {
        tokens = List.copyOf(tokens);
        segments = List.copyOf(segments);
    }

    /** Tokenises and splits {@code text}. */
    public static AnalyzedText of(String text) {
        List<Token> tokens = Tokenizer.tokenize(text);
        return new AnalyzedText(text, tokens, SentenceSplitter.split(text, tokens));
    }

    /** The number of word and number tokens outside code. */
    public int wordCount() {
        int count = 0;
        for (Segment segment : segments) {
            if (!segment.code()) {
                count += segment.size();
            }
        }
        return count;
    }

    /** Whether a token is content: not a function word, and a word of two letters or more, or a number. */
    public static boolean isContent(Token token) {
        if (token.isNumber()) {
            return true;
        }
        return token.lower().length() >= 2 && token.hasLetter() && !WordLists.isStopWord(token.lower());
    }
}
