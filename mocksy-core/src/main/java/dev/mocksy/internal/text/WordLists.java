package dev.mocksy.internal.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The word lists the heuristic evaluator reads, loaded once from resources next to this class. */
public final class WordLists {

    private static final Set<String> STOP_WORDS = Set.copyOf(load("stopwords-en.txt"));
    private static final Set<String> FOREIGN_FUNCTION_WORDS = Set.copyOf(load("foreign-function-words.txt"));
    private static final Set<String> VERB_STEMS = stems(load("verbs.txt"));
    private static final Set<String> DOMAIN_STEMS = stems(load("domain-vocabulary.txt"));
    private static final Set<String> TECHNOLOGIES = technologies(load("technologies.txt"));

    private WordLists() {}

    /** Whether the normalised word is an English function word ({@code the, is, because...}). */
    public static boolean isStopWord(String lower) {
        return STOP_WORDS.contains(lower);
    }

    /** Whether the normalised word is a frequent function word of another Latin-script language. */
    public static boolean isForeignFunctionWord(String lower) {
        return FOREIGN_FUNCTION_WORDS.contains(lower) && !STOP_WORDS.contains(lower);
    }

    /** Whether the stem is that of a common verb or auxiliary. */
    public static boolean isVerbStem(String stem) {
        return VERB_STEMS.contains(stem);
    }

    /** Whether the stem belongs to the vocabulary of software work or the workplace. */
    public static boolean isDomainStem(String stem) {
        return DOMAIN_STEMS.contains(stem);
    }

    /**
     * Whether the normalised word, or two words joined by a space, name a technology ({@code kafka},
     * {@code spring boot}).
     */
    public static boolean isTechnology(String lower) {
        return TECHNOLOGIES.contains(lower);
    }

    private static Set<String> stems(List<String> words) {
        Set<String> stems = new HashSet<>();
        for (String word : words) {
            stems.add(EnglishStemmer.stem(word));
        }
        return Set.copyOf(stems);
    }

    private static Set<String> technologies(List<String> names) {
        Set<String> all = new HashSet<>(names);
        for (String name : names) {
            // "b-tree" is tokenised as "b" "tree"; keep the spaced form too
            all.add(name.replace('-', ' '));
        }
        return Set.copyOf(all);
    }

    private static List<String> load(String name) {
        try (InputStream in = WordLists.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("word list " + name + " is missing from the mocksy-core jar");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return reader.lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(Tokenizer::normalise)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read word list " + name, e);
        }
    }
}
