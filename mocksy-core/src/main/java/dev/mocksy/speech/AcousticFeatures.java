package dev.mocksy.speech;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What the delivery analysis needs from the audio, accumulated window by window so that the audio itself is not kept:
 * the level of every 10 ms frame and the pitch of every 20 ms hop (YIN, see {@link PitchTracker}). An hour of audio
 * costs about 3.6 MB here whatever its rate. Not thread-safe.
 */
final class AcousticFeatures {

    static final int RATE = AudioConverter.RECOGNIZER_RATE;

    private static final int FRAME = (int) Math.round(RATE * FrameLevels.FRAME_SECONDS);
    private static final int WINDOW = (int) (PitchTracker.WINDOW_SECONDS * RATE);
    private static final int HOP = (int) (PitchTracker.HOP_SECONDS * RATE);
    private static final int MAX_LAG = (int) Math.ceil(RATE / PitchTracker.MIN_HZ);
    private static final int MIN_LAG = (int) Math.floor(RATE / PitchTracker.MAX_HZ);
    /** Samples one pitch estimate reads: its window and the longest lag past it. */
    private static final int REACH = WINDOW + MAX_LAG + 1;

    private double[] levels = new double[1024];
    private int levelCount;
    private float[] pitches = new float[512];
    private int pitchCount;
    private final double[] difference = new double[MAX_LAG + 2];

    /** The samples still needed, {@code samples[0]} being sample number {@code bufferStart} of the recording. */
    private float[] samples = new float[RATE];

    private int buffered;
    private long bufferStart;
    private long total;

    /** Feeds the next 16 kHz mono samples. */
    void accept(short[] chunk) {
        if (buffered + chunk.length > samples.length) {
            samples = Arrays.copyOf(samples, Math.max(buffered + chunk.length, samples.length * 2));
        }
        for (int i = 0; i < chunk.length; i++) {
            samples[buffered + i] = chunk[i] / 32768f;
        }
        buffered += chunk.length;
        total += chunk.length;
        while ((long) (levelCount + 1) * FRAME <= total) {
            addLevel(FrameLevels.decibels(samples, (int) ((long) levelCount * FRAME - bufferStart), FRAME));
        }
        while ((long) pitchCount * HOP + REACH <= total) {
            addPitch(estimatePitch((long) pitchCount * HOP));
        }
        long keepFrom = Math.min((long) levelCount * FRAME, (long) pitchCount * HOP);
        int drop = (int) (keepFrom - bufferStart);
        if (drop > 0) {
            System.arraycopy(samples, drop, samples, 0, buffered - drop);
            buffered -= drop;
            bufferStart += drop;
        }
    }

    /** The length of what was fed, in seconds. */
    double durationSeconds() {
        return total / (double) RATE;
    }

    FrameLevels levels() {
        return FrameLevels.of(Arrays.copyOf(levels, levelCount));
    }

    /**
     * The pitch of each voiced hop whose analysis window lies inside one of the intervals, in Hz; unvoiced hops are
     * left out.
     */
    List<Double> pitches(List<Interval> intervals) {
        List<Double> found = new ArrayList<>();
        for (Interval interval : intervals) {
            long from = (long) (interval.start() * RATE);
            long to = Math.min(total, (long) (interval.end() * RATE));
            for (long hop = (from + HOP - 1) / HOP; hop < pitchCount && hop * HOP + REACH < to; hop++) {
                if (pitches[(int) hop] > 0) {
                    found.add((double) pitches[(int) hop]);
                }
            }
        }
        return found;
    }

    private float estimatePitch(long start) {
        // Digital silence cannot be voice: skip the costly search where every frame the window covers is silent.
        int firstFrame = (int) (start / FRAME);
        int lastFrame = (int) Math.min(levelCount - 1, (start + REACH) / FRAME);
        boolean audible = false;
        for (int f = firstFrame; f <= lastFrame && !audible; f++) {
            audible = levels[f] > FrameLevels.SILENCE_DB + 20;
        }
        if (!audible) {
            return 0;
        }
        return (float)
                PitchTracker.estimate(samples, (int) (start - bufferStart), WINDOW, MIN_LAG, MAX_LAG, RATE, difference);
    }

    private void addLevel(double level) {
        if (levelCount == levels.length) {
            levels = Arrays.copyOf(levels, levels.length * 2);
        }
        levels[levelCount++] = level;
    }

    private void addPitch(float pitch) {
        if (pitchCount == pitches.length) {
            pitches = Arrays.copyOf(pitches, pitches.length * 2);
        }
        pitches[pitchCount++] = pitch;
    }
}
