package dev.mocksy.speech.turn;

/** Why an answer was closed. */
public enum EndOfTurn {
    /** The candidate spoke and then stayed silent for the configured patience. */
    SILENCE,
    /** The answer reached the maximum answer time. */
    MAX_DURATION,
    /** Nothing was said before the no-speech timeout. */
    NO_SPEECH
}
