package dev.mocksy.speech;

/**
 * Estimates the fundamental frequency of voiced speech with the YIN algorithm (de Cheveigné and Kawahara, 2002):
 * the cumulative-mean-normalised difference function, an absolute threshold and parabolic interpolation. Run on
 * every 20 ms hop by {@link AcousticFeatures}.
 */
final class PitchTracker {

    static final double MIN_HZ = 70;
    static final double MAX_HZ = 400;
    static final double WINDOW_SECONDS = 0.025;
    static final double HOP_SECONDS = 0.02;
    private static final double THRESHOLD = 0.15;

    private PitchTracker() {}

    /** The frame's pitch in Hz, or 0 when it is not periodic enough to be voiced. */
    static double estimate(
            float[] x, int start, int window, int minLag, int maxLag, int sampleRate, double[] difference) {
        for (int lag = 1; lag <= maxLag + 1; lag++) {
            double sum = 0;
            for (int j = start; j < start + window; j++) {
                double delta = x[j] - x[j + lag];
                sum += delta * delta;
            }
            difference[lag] = sum;
        }
        // Cumulative mean normalisation, in place.
        double running = 0;
        difference[0] = 1;
        for (int lag = 1; lag <= maxLag + 1; lag++) {
            running += difference[lag];
            difference[lag] = running == 0 ? 1 : difference[lag] * lag / running;
        }
        for (int lag = Math.max(2, minLag); lag <= maxLag; lag++) {
            if (difference[lag] < THRESHOLD) {
                while (lag + 1 <= maxLag && difference[lag + 1] < difference[lag]) {
                    lag++;
                }
                double a = difference[lag - 1];
                double b = difference[lag];
                double c = difference[lag + 1];
                double denominator = a - 2 * b + c;
                double shift = denominator == 0 ? 0 : 0.5 * (a - c) / denominator;
                return sampleRate / (lag + Math.max(-1, Math.min(1, shift)));
            }
        }
        return 0;
    }
}
