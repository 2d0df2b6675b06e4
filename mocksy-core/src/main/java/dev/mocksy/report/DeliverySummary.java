package dev.mocksy.report;

import dev.mocksy.speech.DeliveryMetrics;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * How the spoken answers of an interview were delivered, over all of them, with plain guidance: observable measures
 * only (pace, pauses, filler words, time to the first word), compared with common advice.
 *
 * <p>The pace is the total number of words over the total time from each answer's first to its last word, so a long
 * answer weighs more than a short one; the filler share is all fillers over all words.
 *
 * <pre>{@code
 * DeliverySummary.of(report.questions()).ifPresent(summary -> summary.guidance().forEach(System.out::println));
 * }</pre>
 *
 * @param spokenAnswers how many answers had delivery metrics
 * @param words the words spoken in them, fillers included
 * @param wordsPerMinute the overall speaking rate, pauses included
 * @param pauses the silent pauses in all answers
 * @param longPauses the pauses of two seconds or more (the analyzer's long-pause length)
 * @param longestPauseSeconds the longest pause, 0 when there was none
 * @param fillerWords the filler words in all answers
 * @param fillerRatio {@code fillerWords} over {@code words}, 0 when nothing was said
 * @param meanResponseLatencySeconds the mean time from a question's end to the first word; null when unknown
 * @param guidance plain sentences comparing the measures with common advice
 */
public record DeliverySummary(
        int spokenAnswers,
        int words,
        double wordsPerMinute,
        int pauses,
        int longPauses,
        double longestPauseSeconds,
        int fillerWords,
        double fillerRatio,
        Double meanResponseLatencySeconds,
        List<String> guidance) {

    /** The slowest pace of the common 130-170 words-per-minute advice. */
    public static final double SLOWEST_ADVISED_WPM = 130;

    /** The fastest pace of the common 130-170 words-per-minute advice. */
    public static final double FASTEST_ADVISED_WPM = 170;

    /** Filler words at or above this share of all words are worth working on. */
    public static final double FILLER_RATIO_LIMIT = 0.04;

    public DeliverySummary {
        guidance = List.copyOf(Objects.requireNonNull(guidance, "guidance"));
    }

    /** The summary of the results' spoken answers; empty when no answer was spoken. */
    public static Optional<DeliverySummary> of(List<QuestionResult> results) {
        List<DeliveryMetrics> spoken = results.stream()
                .map(QuestionResult::delivery)
                .filter(Objects::nonNull)
                .toList();
        if (spoken.isEmpty()) {
            return Optional.empty();
        }
        int words = 0;
        double spanSeconds = 0;
        int pauses = 0;
        int longPauses = 0;
        double longest = 0;
        int fillers = 0;
        double latencySum = 0;
        int latencies = 0;
        for (DeliveryMetrics d : spoken) {
            words += d.wordCount();
            if (d.wordsPerMinute() > 0) {
                spanSeconds += d.wordCount() * 60.0 / d.wordsPerMinute();
            }
            pauses += d.pauses().count();
            longPauses += d.pauses().longCount();
            longest = Math.max(longest, d.pauses().longestSeconds());
            fillers += d.fillerWords().count();
            if (d.responseLatencySeconds() != null) {
                latencySum += d.responseLatencySeconds();
                latencies++;
            }
        }
        double wpm = spanSeconds > 0 ? words * 60.0 / spanSeconds : 0;
        double fillerRatio = words == 0 ? 0 : (double) fillers / words;
        Double latency = latencies == 0 ? null : latencySum / latencies;
        return Optional.of(new DeliverySummary(
                spoken.size(),
                words,
                wpm,
                pauses,
                longPauses,
                longest,
                fillers,
                fillerRatio,
                latency,
                guidance(words, wpm, fillers, fillerRatio, longPauses)));
    }

    private static List<String> guidance(int words, double wpm, int fillers, double fillerRatio, int longPauses) {
        List<String> guidance = new ArrayList<>();
        if (words == 0) {
            guidance.add("No words were recognised in the spoken answers, so pace and filler words could not be "
                    + "measured: check the microphone or recording level.");
            return guidance;
        }
        String pace = String.format(Locale.ROOT, "%.0f words per minute", wpm);
        if (wpm < SLOWEST_ADVISED_WPM) {
            guidance.add("Your pace was " + pace + ", below the 130-170 often advised: try fewer pauses inside "
                    + "sentences, while keeping a pause between ideas.");
        } else if (wpm > FASTEST_ADVISED_WPM) {
            guidance.add("Your pace was " + pace + ", above the 130-170 often advised: slow down and pause "
                    + "between ideas so each point lands.");
        } else {
            guidance.add("Your pace was " + pace + ", within the 130-170 often advised.");
        }
        String share = String.format(Locale.ROOT, "%.0f%%", fillerRatio * 100);
        if (fillerRatio >= FILLER_RATIO_LIMIT) {
            guidance.add("Filler words were " + share + " of your words (" + fillers + "), above the 4% to aim "
                    + "under: a short silent pause works better than \"um\" or \"you know\".");
        } else {
            guidance.add(
                    "Filler words were " + share + " of your words (" + fillers + "), under the 4% to aim " + "under.");
        }
        if (longPauses > 0) {
            guidance.add(ReportText.plural(longPauses, "pause") + " of 2 seconds or more: fine while thinking, "
                    + "but saying \"let me think\" tells the interviewer you are still working on it.");
        }
        return guidance;
    }

    /** A builder for {@link DeliverySummary}; every field is checked when {@link Builder#build()} runs. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this value's fields, to change some of them. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Builds a {@link DeliverySummary}. */
    public static final class Builder {
        private int spokenAnswers;
        private int words;
        private double wordsPerMinute;
        private int pauses;
        private int longPauses;
        private double longestPauseSeconds;
        private int fillerWords;
        private double fillerRatio;
        private Double meanResponseLatencySeconds;
        private List<String> guidance = List.of();

        private Builder() {}

        private Builder(DeliverySummary source) {
            spokenAnswers = source.spokenAnswers;
            words = source.words;
            wordsPerMinute = source.wordsPerMinute;
            pauses = source.pauses;
            longPauses = source.longPauses;
            longestPauseSeconds = source.longestPauseSeconds;
            fillerWords = source.fillerWords;
            fillerRatio = source.fillerRatio;
            meanResponseLatencySeconds = source.meanResponseLatencySeconds;
            guidance = source.guidance;
        }

        public Builder spokenAnswers(int spokenAnswers) {
            this.spokenAnswers = spokenAnswers;
            return this;
        }

        public Builder words(int words) {
            this.words = words;
            return this;
        }

        public Builder wordsPerMinute(double wordsPerMinute) {
            this.wordsPerMinute = wordsPerMinute;
            return this;
        }

        public Builder pauses(int pauses) {
            this.pauses = pauses;
            return this;
        }

        public Builder longPauses(int longPauses) {
            this.longPauses = longPauses;
            return this;
        }

        public Builder longestPauseSeconds(double longestPauseSeconds) {
            this.longestPauseSeconds = longestPauseSeconds;
            return this;
        }

        public Builder fillerWords(int fillerWords) {
            this.fillerWords = fillerWords;
            return this;
        }

        public Builder fillerRatio(double fillerRatio) {
            this.fillerRatio = fillerRatio;
            return this;
        }

        public Builder meanResponseLatencySeconds(Double meanResponseLatencySeconds) {
            this.meanResponseLatencySeconds = meanResponseLatencySeconds;
            return this;
        }

        public Builder guidance(List<String> guidance) {
            this.guidance = guidance;
            return this;
        }

        /**
         * Builds the value.
         *
         * @throws IllegalArgumentException or {@link NullPointerException} naming the field that is missing or
         *     out of range
         */
        public DeliverySummary build() {
            return new DeliverySummary(
                    spokenAnswers,
                    words,
                    wordsPerMinute,
                    pauses,
                    longPauses,
                    longestPauseSeconds,
                    fillerWords,
                    fillerRatio,
                    meanResponseLatencySeconds,
                    guidance);
        }
    }
}
