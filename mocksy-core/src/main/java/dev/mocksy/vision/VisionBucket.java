package dev.mocksy.vision;

import java.time.Duration;
import java.util.Objects;

/**
 * One point of the time series for charts: what was seen in frames from {@code start} to {@code start + width}.
 *
 * <p>Shares are of the frames in the bucket, from 0 to 1; buckets without frames are left out.
 *
 * @param start the bucket's start
 * @param width the bucket's length
 * @param frames how many frames fall in it
 * @param inFrameShare share of frames with a face
 * @param lookingAtCameraShare share of frames whose main face was frontal and centred
 * @param smileShare share of frames whose main face smiled
 * @param maxFaceCount the most faces seen in one frame
 * @param meanBrightness the mean grey level, 0 to 255
 */
public record VisionBucket(
        Duration start,
        Duration width,
        int frames,
        double inFrameShare,
        double lookingAtCameraShare,
        double smileShare,
        int maxFaceCount,
        double meanBrightness) {

    public VisionBucket {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(width, "width");
        if (frames < 1) {
            throw new IllegalArgumentException("frames must be positive, got " + frames);
        }
    }
}
