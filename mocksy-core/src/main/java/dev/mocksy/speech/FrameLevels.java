package dev.mocksy.speech;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Loudness of consecutive 10 ms frames and the speech segments an adaptive energy threshold finds in them.
 *
 * <p>The threshold adapts to the recording: 12 dB over the noise floor (the 10th percentile of frame levels), kept
 * between 45 and 20 dB under the loud speech level (the 95th percentile), so it works on studio silence and on a
 * noisy laptop microphone alike.
 */
public final class FrameLevels {

    /** The frame length, in seconds. */
    public static final double FRAME_SECONDS = 0.01;

    /** The level given to digital silence, in dBFS, so that logs of zero stay finite. */
    static final double SILENCE_DB = -100;

    private final double[] levels;
    private final double threshold;

    private FrameLevels(double[] levels) {
        this.levels = levels;
        this.threshold = threshold(levels);
    }

    /** The frame levels of a clip, mixed to mono. */
    public static FrameLevels of(AudioClip clip) {
        return of(AudioConverter.floatSamples(clip), clip.sampleRate());
    }

    /** Frame levels already measured, e.g. window by window. */
    static FrameLevels of(double[] levels) {
        return new FrameLevels(levels);
    }

    static FrameLevels of(float[] samples, int sampleRate) {
        int frame = (int) Math.round(sampleRate * FRAME_SECONDS);
        double[] levels = new double[samples.length / frame];
        for (int f = 0; f < levels.length; f++) {
            levels[f] = decibels(samples, f * frame, frame);
        }
        return new FrameLevels(levels);
    }

    /** The RMS level in dBFS of {@code length} samples from {@code offset}. */
    static double decibels(float[] samples, int offset, int length) {
        double sum = 0;
        for (int i = offset; i < offset + length; i++) {
            sum += samples[i] * samples[i];
        }
        double rms = Math.sqrt(sum / Math.max(1, length));
        return rms <= 1e-5 ? SILENCE_DB : Math.max(SILENCE_DB, 20 * Math.log10(rms));
    }

    private static double threshold(double[] levels) {
        if (levels.length == 0) {
            return 0;
        }
        double[] sorted = levels.clone();
        Arrays.sort(sorted);
        double floor = sorted[(int) (0.10 * (sorted.length - 1))];
        double loud = sorted[(int) (0.95 * (sorted.length - 1))];
        return Math.min(Math.max(floor + 12, loud - 45), loud - 20);
    }

    /** The number of frames. */
    public int frames() {
        return levels.length;
    }

    /** The level of frame {@code index} in dBFS. */
    public double level(int index) {
        return levels[index];
    }

    /** The level above which a frame counts as voice. */
    public double threshold() {
        return threshold;
    }

    /**
     * The stretches of voice: frames over the threshold, bridging gaps shorter than {@code bridgeSeconds} and dropping
     * blips shorter than {@code minSeconds}.
     */
    public List<Interval> speech(double bridgeSeconds, double minSeconds) {
        List<Interval> raw = new ArrayList<>();
        int start = -1;
        for (int f = 0; f <= levels.length; f++) {
            boolean voiced = f < levels.length && levels[f] > threshold && levels[f] > SILENCE_DB + 20;
            if (voiced && start < 0) {
                start = f;
            } else if (!voiced && start >= 0) {
                raw.add(new Interval(start * FRAME_SECONDS, f * FRAME_SECONDS));
                start = -1;
            }
        }
        List<Interval> merged = new ArrayList<>();
        for (Interval interval : raw) {
            Interval last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && interval.start() - last.end() < bridgeSeconds) {
                merged.set(merged.size() - 1, new Interval(last.start(), interval.end()));
            } else {
                merged.add(interval);
            }
        }
        merged.removeIf(interval -> interval.duration() < minSeconds);
        return List.copyOf(merged);
    }

    /** The standard deviation of the levels of the frames inside the intervals, in dB. */
    public double variability(List<Interval> intervals) {
        double sum = 0;
        double squares = 0;
        int count = 0;
        for (Interval interval : intervals) {
            for (int f = index(interval.start()); f < Math.min(levels.length, index(interval.end())); f++) {
                sum += levels[f];
                squares += levels[f] * levels[f];
                count++;
            }
        }
        if (count < 2) {
            return 0;
        }
        double mean = sum / count;
        return Math.sqrt(Math.max(0, squares / count - mean * mean));
    }

    private static int index(double seconds) {
        return (int) Math.round(seconds / FRAME_SECONDS);
    }
}
