package dev.mocksy.interview;

import dev.mocksy.InvalidAnswerException;

/** Cleans and checks answer text before it is stored. */
final class AnswerText {

    private AnswerText() {}

    /**
     * The answer without control characters (tabs and line breaks kept, {@code \r\n} made {@code \n}), stripped.
     *
     * @throws InvalidAnswerException when nothing is left, or it is longer than {@code maxChars}
     */
    static String clean(String text, int maxChars) {
        if (text == null) {
            throw new InvalidAnswerException("the answer is missing; type an answer, or skip the question");
        }
        // Refused before any copy is made: cleaning a 10 MB answer would allocate several times its size.
        if (text.length() > 2L * maxChars) {
            throw tooLong(text.length(), maxChars);
        }
        String cleaned = text.replace("\r\n", "\n")
                .replace('\r', '\n')
                .replaceAll("[\\p{Cc}&&[^\\n\\t]]|[\\p{Cf}&&[^\\u200d]]", "")
                .strip();
        if (cleaned.isEmpty()) {
            throw new InvalidAnswerException("the answer is empty; type an answer, or skip the question");
        }
        if (cleaned.length() > maxChars) {
            throw tooLong(cleaned.length(), maxChars);
        }
        return cleaned;
    }

    private static InvalidAnswerException tooLong(int length, int maxChars) {
        return new InvalidAnswerException(String.format(
                "the answer is %,d characters long; the limit is %,d (about %,d words). "
                        + "Keep to the points that answer the question; nothing was recorded",
                length, maxChars, maxChars / 6));
    }
}
