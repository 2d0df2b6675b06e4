package dev.mocksy.vision;

import java.util.Objects;

/**
 * One face found in a frame, with what can be seen of it.
 *
 * @param box where it is
 * @param eyesFound how many eyes were found inside the face (0 to 2)
 * @param frontal whether it faces the camera: both eyes found, one on each side, roughly level
 * @param centred whether its centre is near the centre of the frame
 * @param smile whether a smile was found in the lower part of the face
 */
public record DetectedFace(FaceBox box, int eyesFound, boolean frontal, boolean centred, boolean smile) {

    public DetectedFace {
        Objects.requireNonNull(box, "box");
        if (eyesFound < 0 || eyesFound > 2) {
            throw new IllegalArgumentException("eyesFound must be between 0 and 2, got " + eyesFound);
        }
        if (frontal && eyesFound < 2) {
            throw new IllegalArgumentException("a frontal face needs both eyes found, got " + eyesFound);
        }
    }

    /** A builder for {@link DetectedFace}; every field is checked when {@link Builder#build()} runs. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this value's fields, to change some of them. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Builds a {@link DetectedFace}. */
    public static final class Builder {
        private FaceBox box;
        private int eyesFound;
        private boolean frontal;
        private boolean centred;
        private boolean smile;

        private Builder() {}

        private Builder(DetectedFace source) {
            box = source.box;
            eyesFound = source.eyesFound;
            frontal = source.frontal;
            centred = source.centred;
            smile = source.smile;
        }

        public Builder box(FaceBox box) {
            this.box = box;
            return this;
        }

        public Builder eyesFound(int eyesFound) {
            this.eyesFound = eyesFound;
            return this;
        }

        public Builder frontal(boolean frontal) {
            this.frontal = frontal;
            return this;
        }

        public Builder centred(boolean centred) {
            this.centred = centred;
            return this;
        }

        public Builder smile(boolean smile) {
            this.smile = smile;
            return this;
        }

        /**
         * Builds the value.
         *
         * @throws IllegalArgumentException or {@link NullPointerException} naming the field that is missing or
         *     out of range
         */
        public DetectedFace build() {
            return new DetectedFace(box, eyesFound, frontal, centred, smile);
        }
    }
}
