package dev.mocksy.internal.llm;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Puts text the candidate wrote (an answer, a resume) into a prompt as data that cannot close its own delimiter.
 *
 * <p>The delimiter is a tag with a random nonce, e.g. {@code <candidate_text_3f9a1c2e7b4d6e80>}, chosen per prompt:
 * the candidate cannot know it, and any text that looks like one of these tags is neutralised anyway, so nothing
 * inside can end the block and speak as the instructions.
 */
public final class UntrustedText {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern TAG_LIKE = Pattern.compile("(?i)<\\s*/?\\s*candidate_text[^>]*>");

    private final String tag;

    private UntrustedText(String tag) {
        this.tag = tag;
    }

    /** A fresh delimiter with a random nonce. */
    public static UntrustedText fresh() {
        byte[] nonce = new byte[8];
        RANDOM.nextBytes(nonce);
        return new UntrustedText("candidate_text_" + HexFormat.of().formatHex(nonce));
    }

    /** The tag name, e.g. {@code candidate_text_3f9a1c2e7b4d6e80}, for the instructions to refer to. */
    public String tag() {
        return tag;
    }

    /** The text between the opening and closing tag, with anything tag-like inside it neutralised. */
    public String wrap(String text) {
        String neutral = TAG_LIKE.matcher(text == null ? "" : text).replaceAll("[tag removed]");
        neutral = neutral.replace(tag, "[tag removed]");
        return "<" + tag + ">\n" + neutral + "\n</" + tag + ">";
    }
}
