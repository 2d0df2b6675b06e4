package dev.mocksy.question;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Splits free text into comparable words: lower case, accents removed, punctuation dropped. */
final class Tokens {

    /** Words too common to say anything about what a question or point is about. */
    private static final Set<String> STOP_WORDS = Set.of(
            "a", "about", "an", "and", "any", "are", "as", "at", "be", "been", "being", "by", "can", "could", "did",
            "do", "does", "for", "from", "had", "has", "have", "how", "i", "if", "in", "into", "is", "it", "its", "me",
            "my", "of", "on", "or", "our", "so", "some", "than", "that", "the", "their", "them", "then", "there",
            "these", "they", "this", "those", "to", "us", "was", "we", "were", "what", "when", "where", "which",
            "while", "who", "why", "will", "with", "would", "you", "your");

    private Tokens() {}

    /** Every word of {@code text}, lower case and without accents, in order; keeps {@code +} and {@code #}. */
    static List<String> words(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
        List<String> words = new ArrayList<>();
        for (String word : plain.split("[^\\p{L}\\p{N}+#]+")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    /** The distinct words of {@code text} that are not stop words. */
    static Set<String> contentWords(String text) {
        Set<String> content = new LinkedHashSet<>();
        for (String word : words(text)) {
            if (!STOP_WORDS.contains(word)) {
                content.add(word);
            }
        }
        return content;
    }

    /** Words that frame a request rather than say what it is about, as in "explain briefly how...". */
    private static final Set<String> REQUEST_WORDS =
            Set.of("explain", "describe", "tell", "talk", "please", "briefly", "walk", "through");

    /**
     * The distinct, lightly stemmed words that say what a question is about: no stop words, no request words such
     * as "explain", and plural or verb endings removed so that "indexes" matches "index".
     */
    static Set<String> topicWords(String text) {
        Set<String> topic = new LinkedHashSet<>();
        for (String word : words(text)) {
            if (!STOP_WORDS.contains(word) && !REQUEST_WORDS.contains(word)) {
                topic.add(stem(word));
            }
        }
        return topic;
    }

    /** A light English stemmer: enough to match plurals and simple verb forms, not a linguistic one. */
    static String stem(String word) {
        if (word.length() <= 3) {
            return word;
        }
        if (word.endsWith("ies") && word.length() > 4) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (word.endsWith("ing") && word.length() > 5) {
            return word.substring(0, word.length() - 3);
        }
        if (word.endsWith("ed") && word.length() > 4) {
            return word.substring(0, word.length() - 2);
        }
        if (word.endsWith("xes") || word.endsWith("ches") || word.endsWith("shes") || word.endsWith("sses")) {
            return word.substring(0, word.length() - 2);
        }
        if (word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us") && !word.endsWith("is")) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }
}
