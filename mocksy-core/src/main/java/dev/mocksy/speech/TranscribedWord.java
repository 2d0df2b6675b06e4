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

    /** A builder for {@link TranscribedWord}; every field is checked when {@link Builder#build()} runs. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this value's fields, to change some of them. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Builds a {@link TranscribedWord}. */
    public static final class Builder {
        private String word;
        private double start;
        private double end;
        private double confidence;

        private Builder() {}

        private Builder(TranscribedWord source) {
            word = source.word;
            start = source.start;
            end = source.end;
            confidence = source.confidence;
        }

        public Builder word(String word) {
            this.word = word;
            return this;
        }

        public Builder start(double start) {
            this.start = start;
            return this;
        }

        public Builder end(double end) {
            this.end = end;
            return this;
        }

        public Builder confidence(double confidence) {
            this.confidence = confidence;
            return this;
        }

        /**
         * Builds the value.
         *
         * @throws IllegalArgumentException or {@link NullPointerException} naming the field that is missing or
         *     out of range
         */
        public TranscribedWord build() {
            return new TranscribedWord(word, start, end, confidence);
        }
    }
}
