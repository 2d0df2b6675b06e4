package dev.mocksy.http;

import dev.mocksy.llm.ApiKey;
import java.util.regex.Pattern;

/** Takes secrets out of text that may reach a log or an exception message, such as a provider's error message. */
public final class Secrets {

    /** Shapes of well-known provider keys: OpenAI and Anthropic {@code sk-...}, Google {@code AIza...}. */
    private static final Pattern KEY_SHAPES =
            Pattern.compile("(sk-[A-Za-z0-9_\\-*]{6,}|AIza[0-9A-Za-z_\\-]{10,}|Bearer\\s+\\S+)");

    private Secrets() {}

    /** The text with the key, and anything shaped like a provider key, replaced by {@code [redacted]}. */
    public static String redact(String text, ApiKey key) {
        if (text == null) {
            return "";
        }
        String result = text;
        if (key != null) {
            result = result.replace(key.reveal(), "[redacted]");
        }
        return KEY_SHAPES.matcher(result).replaceAll("[redacted]");
    }
}
