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
}
