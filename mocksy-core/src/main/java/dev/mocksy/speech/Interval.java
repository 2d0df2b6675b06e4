package dev.mocksy.speech;

/**
 * A stretch of time in an audio clip.
 *
 * @param start seconds from the start of the clip
 * @param end seconds from the start of the clip, not before {@code start}
 */
public record Interval(double start, double end) {

    public Interval {
        if (!(start >= 0) || !(end >= start)) {
            throw new IllegalArgumentException("an interval needs 0 <= start <= end, got " + start + "-" + end);
        }
    }

    /** Its length in seconds. */
    public double duration() {
        return end - start;
    }

    /** How many seconds it shares with another interval. */
    public double overlap(Interval other) {
        return Math.max(0, Math.min(end, other.end) - Math.max(start, other.start));
    }
}
