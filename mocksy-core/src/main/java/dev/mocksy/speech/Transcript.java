package dev.mocksy.speech;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.ArrayList;
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

    /** Whether nothing was heard. */
    @JsonIgnore
    public boolean isBlank() {
        return text.isBlank();
    }

    /** The mean confidence of the words, 1 when there are none (the recogniser gave no word-level detail). */
    public double averageConfidence() {
        return words.stream().mapToDouble(TranscribedWord::confidence).average().orElse(1.0);
    }

    /** The segments joined in order, with the text separated by spaces and the first one's language. */
    public static Transcript join(List<Transcript> segments, String language) {
        StringBuilder text = new StringBuilder();
        List<TranscribedWord> words = new ArrayList<>();
        for (Transcript segment : segments) {
            if (!segment.text().isBlank()) {
                text.append(text.length() == 0 ? "" : " ").append(segment.text().strip());
            }
            words.addAll(segment.words());
        }
        return new Transcript(text.toString(), words, language);
    }
}
