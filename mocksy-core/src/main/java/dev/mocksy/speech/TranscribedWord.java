package dev.mocksy.speech;

/**
 * One recognised word with its timing.
 *
 * @param word the word
 * @param start when it starts, in seconds from the start of the audio
 * @param end when it ends, in seconds
 * @param confidence the recogniser's confidence, 0-1 (1 when the recogniser gives none)
 */
public record TranscribedWord(String word, double start, double end, double confidence) {

    public TranscribedWord {
        if (word == null || word.isBlank()) {
            throw new IllegalArgumentException("word must not be blank");
        }
        if (!(start >= 0) || !(end >= start)) {
            throw new IllegalArgumentException("times must satisfy 0 <= start <= end, got " + start + "-" + end);
        }
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must be 0-1, got " + confidence);
        }
    }

    /** How long the word lasts, in seconds. */
    public double duration() {
        return end - start;
    }
}
