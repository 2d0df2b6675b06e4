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

    /** A builder for {@link VisionBucket}; every field is checked when {@link Builder#build()} runs. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this value's fields, to change some of them. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Builds a {@link VisionBucket}. */
    public static final class Builder {
        private Duration start;
        private Duration width;
        private int frames;
        private double inFrameShare;
        private double lookingAtCameraShare;
        private double smileShare;
        private int maxFaceCount;
        private double meanBrightness;

        private Builder() {}

        private Builder(VisionBucket source) {
            start = source.start;
            width = source.width;
            frames = source.frames;
            inFrameShare = source.inFrameShare;
            lookingAtCameraShare = source.lookingAtCameraShare;
            smileShare = source.smileShare;
            maxFaceCount = source.maxFaceCount;
            meanBrightness = source.meanBrightness;
        }

        public Builder start(Duration start) {
            this.start = start;
            return this;
        }

        public Builder width(Duration width) {
            this.width = width;
            return this;
        }

        public Builder frames(int frames) {
            this.frames = frames;
            return this;
        }

        public Builder inFrameShare(double inFrameShare) {
            this.inFrameShare = inFrameShare;
            return this;
        }

        public Builder lookingAtCameraShare(double lookingAtCameraShare) {
            this.lookingAtCameraShare = lookingAtCameraShare;
            return this;
        }

        public Builder smileShare(double smileShare) {
            this.smileShare = smileShare;
            return this;
        }

        public Builder maxFaceCount(int maxFaceCount) {
            this.maxFaceCount = maxFaceCount;
            return this;
        }

        public Builder meanBrightness(double meanBrightness) {
            this.meanBrightness = meanBrightness;
            return this;
        }

        /**
         * Builds the value.
         *
         * @throws IllegalArgumentException or {@link NullPointerException} naming the field that is missing or
         *     out of range
         */
        public VisionBucket build() {
            return new VisionBucket(
                    start, width, frames, inFrameShare, lookingAtCameraShare, smileShare, maxFaceCount, meanBrightness);
        }
    }
}
