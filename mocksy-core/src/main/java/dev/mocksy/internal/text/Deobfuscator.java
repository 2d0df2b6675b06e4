package dev.mocksy.internal.text;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Undoes the disguises people put on text meant for a machine reader: homoglyphs (Cyrillic {@code о} for Latin
 * {@code o}), zero-width characters, leetspeak ({@code 1gn0re}), letters spaced or dotted apart ({@code i g n o r e},
 * {@code i.g.n.o.r.e}), and base64 or percent-encoded runs, which are decoded and appended. The result is lower case
 * with single spaces; it is for pattern matching only, never shown.
 */
public final class Deobfuscator {

    private static final Map<Character, Character> HOMOGLYPHS = Map.ofEntries(
            Map.entry('а', 'a'),
            Map.entry('е', 'e'),
            Map.entry('о', 'o'),
            Map.entry('р', 'p'),
            Map.entry('с', 'c'),
            Map.entry('х', 'x'),
            Map.entry('у', 'y'),
            Map.entry('і', 'i'),
            Map.entry('ј', 'j'),
            Map.entry('ѕ', 's'),
            Map.entry('ԁ', 'd'),
            Map.entry('ɡ', 'g'),
            Map.entry('һ', 'h'),
            Map.entry('к', 'k'),
            Map.entry('м', 'm'),
            Map.entry('т', 't'),
            Map.entry('в', 'b'),
            Map.entry('н', 'h'),
            Map.entry('ο', 'o'),
            Map.entry('α', 'a'),
            Map.entry('ε', 'e'),
            Map.entry('ι', 'i'),
            Map.entry('κ', 'k'),
            Map.entry('ν', 'v'),
            Map.entry('ρ', 'p'),
            Map.entry('τ', 't'),
            Map.entry('υ', 'u'),
            Map.entry('χ', 'x'),
            Map.entry('ѵ', 'v'),
            Map.entry('ԛ', 'q'),
            Map.entry('ɑ', 'a'),
            Map.entry('ı', 'i'),
            Map.entry('ӏ', 'l'),
            // Cherokee capitals look like Latin ones; lower-casing turns them into the small forms U+AB70-ABBF
            Map.entry('\u13AA', 'a'),
            Map.entry('\uAB7A', 'a'),
            Map.entry('\u13F4', 'b'),
            Map.entry('\uABC4', 'b'),
            Map.entry('\u13DF', 'c'),
            Map.entry('\uABAF', 'c'),
            Map.entry('\u13A0', 'd'),
            Map.entry('\uAB70', 'd'),
            Map.entry('\u13AC', 'e'),
            Map.entry('\uAB7C', 'e'),
            Map.entry('\u13C0', 'g'),
            Map.entry('\uAB90', 'g'),
            Map.entry('\u13BB', 'h'),
            Map.entry('\uAB8B', 'h'),
            Map.entry('\u13A5', 'i'),
            Map.entry('\uAB75', 'i'),
            Map.entry('\u13AB', 'j'),
            Map.entry('\uAB7B', 'j'),
            Map.entry('\u13E6', 'k'),
            Map.entry('\uABB6', 'k'),
            Map.entry('\u13DE', 'l'),
            Map.entry('\uABAE', 'l'),
            Map.entry('\u13B7', 'm'),
            Map.entry('\uAB87', 'm'),
            Map.entry('\u13E2', 'p'),
            Map.entry('\uABB2', 'p'),
            Map.entry('\u13A1', 'r'),
            Map.entry('\uAB71', 'r'),
            Map.entry('\u13DA', 's'),
            Map.entry('\uABAA', 's'),
            Map.entry('\u13A2', 't'),
            Map.entry('\uAB72', 't'),
            Map.entry('\u13D9', 'v'),
            Map.entry('\uABA9', 'v'),
            Map.entry('\u13B3', 'w'),
            Map.entry('\uAB83', 'w'),
            Map.entry('\u13C3', 'z'),
            Map.entry('\uAB93', 'z'));

    private static final Map<Character, Character> LEET = Map.ofEntries(
            Map.entry('0', 'o'),
            Map.entry('1', 'i'),
            Map.entry('3', 'e'),
            Map.entry('4', 'a'),
            Map.entry('5', 's'),
            Map.entry('7', 't'),
            Map.entry('@', 'a'),
            Map.entry('$', 's'),
            Map.entry('!', 'i'));

    /** A word that mixes letters and leet digits or symbols, e.g. {@code ign0re}, {@code rubr1c}, {@code 1gn0r3}. */
    private static final Pattern LEET_WORD =
            Pattern.compile("(?<![\\p{L}\\d])(?=[\\p{L}\\d@$!]*\\p{L})(?=[\\p{L}\\d@$!]*[\\d@$!])[\\p{L}\\d@$!]{3,}");

    /** Single letters separated by spaces, dots, dashes or underscores: {@code i g n o r e}, {@code s.c.o.r.e}. */
    private static final Pattern SPACED =
            Pattern.compile("(?<![\\p{L}\\d])(?:\\p{L}[ ._\\-*]{1,2}){3,}\\p{L}(?![\\p{L}\\d])");

    private static final Pattern BASE64 =
            Pattern.compile("(?<![A-Za-z0-9+/=])[A-Za-z0-9+/]{16,}={0,2}(?![A-Za-z0-9+/=])");

    private static final Pattern PERCENT = Pattern.compile("(?:%[0-9A-Fa-f]{2}){4,}");

    private static final Pattern INVISIBLE = Pattern.compile("[\\u00AD\\u200B-\\u200F\\u2060-\\u2064\\uFEFF]");

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private Deobfuscator() {}

    /** The text with every disguise undone, lower case, decoded runs appended on new lines. */
    public static String reveal(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String plain = INVISIBLE.matcher(text).replaceAll("");
        plain = Normalizer.normalize(plain, Normalizer.Form.NFKC);
        StringBuilder mapped = new StringBuilder(plain.length());
        for (int i = 0; i < plain.length(); i++) {
            char c = Character.toLowerCase(plain.charAt(i));
            Character latin = HOMOGLYPHS.get(c);
            mapped.append(latin != null ? latin : c);
        }
        String lower =
                Normalizer.normalize(mapped.toString(), Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        lower = lower.replace('\u2019', '\'').replace('\u2018', '\'');
        List<String> decoded = decoded(text);
        lower = unspace(lower);
        lower = unleet(lower);
        StringBuilder result = new StringBuilder(WHITESPACE.matcher(lower).replaceAll(" "));
        for (String extra : decoded) {
            result.append('\n')
                    .append(WHITESPACE
                            .matcher(unleet(unspace(extra.toLowerCase(Locale.ROOT))))
                            .replaceAll(" "));
        }
        return result.toString();
    }

    /** Whether any disguise was found: revealing changed more than case and spacing. */
    public static boolean disguised(String text) {
        String simple = WHITESPACE.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ");
        return !reveal(text).equals(simple);
    }

    /** The readable texts hidden in base64 or percent-encoded runs. */
    static List<String> decoded(String text) {
        List<String> found = new ArrayList<>();
        Matcher base64 = BASE64.matcher(text);
        while (base64.find()) {
            String run = base64.group();
            if (run.chars().allMatch(Character::isLetter) && run.chars().noneMatch(Character::isUpperCase)) {
                continue; // a long plain word, not an encoding
            }
            try {
                String candidate = new String(Base64.getDecoder().decode(padded(run)), StandardCharsets.UTF_8);
                if (readable(candidate)) {
                    found.add(candidate);
                }
            } catch (IllegalArgumentException notBase64) {
                // not an encoding after all
            }
        }
        Matcher percent = PERCENT.matcher(text);
        while (percent.find()) {
            try {
                String candidate = java.net.URLDecoder.decode(percent.group(), StandardCharsets.UTF_8);
                if (readable(candidate)) {
                    found.add(candidate);
                }
            } catch (IllegalArgumentException notEncoded) {
                // leave it
            }
        }
        return found;
    }

    private static String padded(String run) {
        int missing = (4 - run.length() % 4) % 4;
        return missing == 3 ? run.substring(0, run.length() - 1) : run + "=".repeat(missing);
    }

    /** Mostly printable letters and spaces: the decoding of a real message, not of random bytes. */
    private static boolean readable(String text) {
        if (text.length() < 8) {
            return false;
        }
        long letters =
                text.chars().filter(c -> Character.isLetter(c) || c == ' ').count();
        long spaces = text.chars().filter(c -> c == ' ').count();
        return spaces >= 1 && letters >= text.length() * 0.75;
    }

    private static String unspace(String text) {
        Matcher matcher = SPACED.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(
                    out, Matcher.quoteReplacement(matcher.group().replaceAll("[ ._\\-*]", "")));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static String unleet(String text) {
        Matcher matcher = LEET_WORD.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String whole = matcher.group();
            String word = whole.replaceAll("[!$@]+$", "");
            String trailing = whole.substring(word.length());
            if (word.length() < 3
                    || looksLikeNumberOrVersion(word)
                    || word.chars().noneMatch(c -> LEET.containsKey((char) c))) {
                matcher.appendReplacement(out, Matcher.quoteReplacement(whole));
                continue;
            }
            if (looksLikeNumberOrVersion(word)) {
                matcher.appendReplacement(out, Matcher.quoteReplacement(word));
                continue;
            }
            StringBuilder plain = new StringBuilder(word.length());
            for (int i = 0; i < word.length(); i++) {
                char c = word.charAt(i);
                Character letter = LEET.get(c);
                plain.append(letter != null ? letter : c);
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(plain + trailing));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /** {@code 10x}, {@code p99}, {@code 5xx}, {@code s3}, {@code http2}: names with digits, not leetspeak. */
    private static boolean looksLikeNumberOrVersion(String word) {
        long letters = word.chars().filter(Character::isLetter).count();
        long digits = word.chars().filter(Character::isDigit).count();
        if (word.chars().anyMatch(c -> "@$!".indexOf(c) >= 0)) {
            return false;
        }
        // leetspeak replaces letters inside a word; names keep their digits at one end
        return letters <= 2 || digits * 2 > word.length() || word.matches("[a-z]+\\d+|\\d+[a-z]+");
    }
}
