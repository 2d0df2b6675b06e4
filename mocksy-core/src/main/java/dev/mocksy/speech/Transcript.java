package dev.mocksy.speech;

import java.util.List;
import java.util.Objects;

/**
 * What a recogniser heard.
 *
 * @param text the whole text
 * @param words each word with timings, possibly empty when the recogniser gives none
 * @param language the language, e.g. {@code "en"}
 */
public record Transcript(String text, List<TranscribedWord> words, String language) {

    public Transcript {
        Objects.requireNonNull(text, "text");
        words = List.copyOf(words == null ? List.of() : words);
    }
}
