package dev.mocksy.speech;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How an answer was spoken: observable measures only, with plain guidance.
 *
 * @param durationSeconds the clip's length
 * @param speakingSeconds from the first to the last word, pauses removed
 * @param wordCount words spoken, fillers included
 * @param wordsPerMinute speaking rate from the first to the last word, pauses included
 * @param articulationRate words per minute with pauses removed
 * @param pauses silent pauses between the first and the last word
 * @param fillerWords filler words heard or inferred from short voiced gaps
 * @param responseLatencySeconds from the question's end to the first word; null when nothing was said
 * @param pitch the voice's pitch; null when not computed (assessment context) or nothing was voiced
 * @param loudness the voice's loudness; null when not computed (assessment context) or nothing was voiced
 * @param guidance plain sentences comparing the measures with common advice
 * @param practiceLabel a coarse heuristic label such as {@code "steady, varied"}; only in practice, else null
 */
public record DeliveryMetrics(
        double durationSeconds,
        double speakingSeconds,
        int wordCount,
        double wordsPerMinute,
        double articulationRate,
        Pauses pauses,
        FillerWords fillerWords,
        Double responseLatencySeconds,
        Pitch pitch,
        Loudness loudness,
        List<String> guidance,
        String practiceLabel) {

    public DeliveryMetrics {
        Objects.requireNonNull(pauses, "pauses");
        Objects.requireNonNull(fillerWords, "fillerWords");
        guidance = List.copyOf(guidance == null ? List.of() : guidance);
    }

    /**
     * Silent pauses.
     *
     * @param count pauses of at least the analyzer's minimum (250 ms by default)
     * @param totalSeconds their summed length
     * @param longestSeconds the longest, 0 when there is none
     * @param longCount pauses of at least the long-pause length (2 s by default)
     * @param intervals each pause
     */
    public record Pauses(
            int count, double totalSeconds, double longestSeconds, int longCount, List<Interval> intervals) {

        public Pauses {
            intervals = List.copyOf(intervals);
        }
    }

    /**
     * Filler words.
     *
     * @param count all fillers: {@code fromTranscript + fromVoicedGaps}
     * @param fromTranscript fillers the recogniser wrote down ("um", "you know", a sentence-opening "so"...)
     * @param fromVoicedGaps short voiced sounds between words that the recogniser dropped or wrote as a lone
     *     function word: recognisers tend to do that with "um" and "uh"
     * @param ratio {@code count} over all words, fillers included
     * @param words how often each written filler occurred
     */
    public record FillerWords(
            int count, int fromTranscript, int fromVoicedGaps, double ratio, Map<String, Integer> words) {

        public FillerWords {
            words = Map.copyOf(words);
        }
    }

    /**
     * The voice's pitch over voiced frames.
     *
     * @param meanHz the mean fundamental frequency
     * @param variabilitySemitones the standard deviation in semitones: under about 2 sounds flat
     * @param voicedFrames how many frames had a pitch
     */
    public record Pitch(double meanHz, double variabilitySemitones, int voicedFrames) {}

    /**
     * The voice's loudness over speech frames.
     *
     * @param variabilityDb the standard deviation of frame levels in dB
     */
    public record Loudness(double variabilityDb) {}

    /** A builder for {@link DeliveryMetrics}; every field is checked when {@link Builder#build()} runs. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this value's fields, to change some of them. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Builds a {@link DeliveryMetrics}. */
    public static final class Builder {
        private double durationSeconds;
        private double speakingSeconds;
        private int wordCount;
        private double wordsPerMinute;
        private double articulationRate;
        private Pauses pauses;
        private FillerWords fillerWords;
        private Double responseLatencySeconds;
        private Pitch pitch;
        private Loudness loudness;
        private List<String> guidance = List.of();
        private String practiceLabel;

        private Builder() {}

        private Builder(DeliveryMetrics source) {
            durationSeconds = source.durationSeconds;
            speakingSeconds = source.speakingSeconds;
            wordCount = source.wordCount;
            wordsPerMinute = source.wordsPerMinute;
            articulationRate = source.articulationRate;
            pauses = source.pauses;
            fillerWords = source.fillerWords;
            responseLatencySeconds = source.responseLatencySeconds;
            pitch = source.pitch;
            loudness = source.loudness;
            guidance = source.guidance;
            practiceLabel = source.practiceLabel;
        }

        public Builder durationSeconds(double durationSeconds) {
            this.durationSeconds = durationSeconds;
            return this;
        }

        public Builder speakingSeconds(double speakingSeconds) {
            this.speakingSeconds = speakingSeconds;
            return this;
        }

        public Builder wordCount(int wordCount) {
            this.wordCount = wordCount;
            return this;
        }

        public Builder wordsPerMinute(double wordsPerMinute) {
            this.wordsPerMinute = wordsPerMinute;
            return this;
        }

        public Builder articulationRate(double articulationRate) {
            this.articulationRate = articulationRate;
            return this;
        }

        public Builder pauses(Pauses pauses) {
            this.pauses = pauses;
            return this;
        }

        public Builder fillerWords(FillerWords fillerWords) {
            this.fillerWords = fillerWords;
            return this;
        }

        public Builder responseLatencySeconds(Double responseLatencySeconds) {
            this.responseLatencySeconds = responseLatencySeconds;
            return this;
        }

        public Builder pitch(Pitch pitch) {
            this.pitch = pitch;
            return this;
        }

        public Builder loudness(Loudness loudness) {
            this.loudness = loudness;
            return this;
        }

        public Builder guidance(List<String> guidance) {
            this.guidance = guidance;
            return this;
        }

        public Builder practiceLabel(String practiceLabel) {
            this.practiceLabel = practiceLabel;
            return this;
        }

        /**
         * Builds the value.
         *
         * @throws IllegalArgumentException or {@link NullPointerException} naming the field that is missing or
         *     out of range
         */
        public DeliveryMetrics build() {
            return new DeliveryMetrics(
                    durationSeconds,
                    speakingSeconds,
                    wordCount,
                    wordsPerMinute,
                    articulationRate,
                    pauses,
                    fillerWords,
                    responseLatencySeconds,
                    pitch,
                    loudness,
                    guidance,
                    practiceLabel);
        }
    }
}
