package dev.mocksy.speech.turn;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * How patient hands-free listening is. The defaults let a candidate think in silence for several seconds.
 *
 * @param endOfTurnSilence silence after speech that ends the answer (default 5 s)
 * @param thinkingSilence silence allowed after "let me think" and similar phrases (default 20 s)
 * @param noSpeechTimeout how long to wait for the first word before asking again (default 20 s)
 * @param maxAnswer the longest answer; it is closed with what was said (default 5 min)
 * @param backchannelAfter speech since the last cue after which a natural pause earns a "mhm" (default 20 s)
 * @param backchannelPause the length of a natural pause (default 700 ms)
 * @param bargeIn speech while the interviewer talks that counts as barging in (default 300 ms)
 * @param minConfidence below this mean word confidence the answer is asked again (default 0.45)
 * @param thinkingPhrases lower-case phrases that extend the wait
 */
public record TurnSettings(
        Duration endOfTurnSilence,
        Duration thinkingSilence,
        Duration noSpeechTimeout,
        Duration maxAnswer,
        Duration backchannelAfter,
        Duration backchannelPause,
        Duration bargeIn,
        double minConfidence,
        List<String> thinkingPhrases) {

    /** Phrases that ask for time, matched in the recogniser's text. */
    public static final List<String> THINKING_PHRASES = List.of(
            "let me think",
            "give me a moment",
            "give me a second",
            "give me a minute",
            "let me see",
            "one moment",
            "just a moment",
            "just a second",
            "hold on",
            "bear with me");

    public static final TurnSettings DEFAULTS = builder().build();

    public TurnSettings {
        positive(endOfTurnSilence, "endOfTurnSilence");
        positive(thinkingSilence, "thinkingSilence");
        positive(noSpeechTimeout, "noSpeechTimeout");
        positive(maxAnswer, "maxAnswer");
        positive(backchannelAfter, "backchannelAfter");
        positive(backchannelPause, "backchannelPause");
        positive(bargeIn, "bargeIn");
        if (thinkingSilence.compareTo(endOfTurnSilence) < 0) {
            throw new IllegalArgumentException("thinkingSilence must not be shorter than endOfTurnSilence");
        }
        if (backchannelPause.compareTo(endOfTurnSilence) >= 0) {
            throw new IllegalArgumentException("backchannelPause must be shorter than endOfTurnSilence");
        }
        if (!(minConfidence >= 0 && minConfidence <= 1)) {
            throw new IllegalArgumentException("minConfidence must be 0-1, got " + minConfidence);
        }
        thinkingPhrases = Objects.requireNonNull(thinkingPhrases, "thinkingPhrases").stream()
                .map(phrase -> phrase.toLowerCase(Locale.ROOT).strip())
                .toList();
    }

    private static void positive(Duration duration, String name) {
        if (duration == null || duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be a positive duration, got " + duration);
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder()
                .endOfTurnSilence(endOfTurnSilence)
                .thinkingSilence(thinkingSilence)
                .noSpeechTimeout(noSpeechTimeout)
                .maxAnswer(maxAnswer)
                .backchannelAfter(backchannelAfter)
                .backchannelPause(backchannelPause)
                .bargeIn(bargeIn)
                .minConfidence(minConfidence)
                .thinkingPhrases(thinkingPhrases);
    }

    /** Builds {@link TurnSettings}; every field starts at its default. */
    public static final class Builder {
        private Duration endOfTurnSilence = Duration.ofSeconds(5);
        private Duration thinkingSilence = Duration.ofSeconds(20);
        private Duration noSpeechTimeout = Duration.ofSeconds(20);
        private Duration maxAnswer = Duration.ofMinutes(5);
        private Duration backchannelAfter = Duration.ofSeconds(20);
        private Duration backchannelPause = Duration.ofMillis(700);
        private Duration bargeIn = Duration.ofMillis(300);
        private double minConfidence = 0.45;
        private List<String> thinkingPhrases = THINKING_PHRASES;

        private Builder() {}

        public Builder endOfTurnSilence(Duration value) {
            this.endOfTurnSilence = value;
            return this;
        }

        public Builder thinkingSilence(Duration value) {
            this.thinkingSilence = value;
            return this;
        }

        public Builder noSpeechTimeout(Duration value) {
            this.noSpeechTimeout = value;
            return this;
        }

        public Builder maxAnswer(Duration value) {
            this.maxAnswer = value;
            return this;
        }

        public Builder backchannelAfter(Duration value) {
            this.backchannelAfter = value;
            return this;
        }

        public Builder backchannelPause(Duration value) {
            this.backchannelPause = value;
            return this;
        }

        public Builder bargeIn(Duration value) {
            this.bargeIn = value;
            return this;
        }

        public Builder minConfidence(double value) {
            this.minConfidence = value;
            return this;
        }

        public Builder thinkingPhrases(List<String> value) {
            this.thinkingPhrases = List.copyOf(value);
            return this;
        }

        /** @throws IllegalArgumentException naming the first field out of range */
        public TurnSettings build() {
            return new TurnSettings(
                    endOfTurnSilence,
                    thinkingSilence,
                    noSpeechTimeout,
                    maxAnswer,
                    backchannelAfter,
                    backchannelPause,
                    bargeIn,
                    minConfidence,
                    thinkingPhrases);
        }
    }
}
