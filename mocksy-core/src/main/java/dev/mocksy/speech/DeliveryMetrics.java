package dev.mocksy.speech;

/**
 * How an answer was spoken: observable measures only.
 *
 * @param wordsPerMinute speaking rate over the whole answer
 * @param pauseCount pauses longer than the analyzer's threshold
 * @param longestPauseSeconds the longest pause
 * @param fillerWords filler words such as "um" and "you know"
 * @param durationSeconds the answer's length
 */
public record DeliveryMetrics(
        double wordsPerMinute, int pauseCount, double longestPauseSeconds, int fillerWords, double durationSeconds) {}
