package dev.mocksy.speech;

/**
 * One recognised word with its timing.
 *
 * @param word the word
 * @param start when it starts, in seconds from the start of the audio
 * @param end when it ends, in seconds
 * @param confidence the recogniser's confidence, 0-1
 */
public record TranscribedWord(String word, double start, double end, double confidence) {}
