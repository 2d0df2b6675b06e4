package dev.mocksy.speech;

import java.util.List;
import java.util.Objects;

/**
 * What a stream recognised after a chunk: the partial text of the utterance in progress, or a final segment.
 *
 * @param text the partial or final text, empty when nothing was heard yet
 * @param isFinal whether the recogniser closed the utterance (it will not change any more)
 * @param words the words of a final segment with times from the stream's start; empty for partial results
 */
public record RecognitionUpdate(String text, boolean isFinal, List<TranscribedWord> words) {

    public RecognitionUpdate {
        Objects.requireNonNull(text, "text");
        words = List.copyOf(words == null ? List.of() : words);
    }

    /** Nothing new: empty partial text. */
    public static RecognitionUpdate none() {
        return new RecognitionUpdate("", false, List.of());
    }

    /** The utterance so far, which may still change. */
    public static RecognitionUpdate partial(String text) {
        return new RecognitionUpdate(text, false, List.of());
    }

    /** A closed utterance. */
    public static RecognitionUpdate segment(String text, List<TranscribedWord> words) {
        return new RecognitionUpdate(text, true, words);
    }
}
