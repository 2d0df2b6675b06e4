package dev.mocksy.vision;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What was observed in one frame: facts about faces and picture quality, never feelings.
 *
 * <p>The main face is the largest one; {@link #frontal()}, {@link #centred()} and {@link #smile()} describe it and are
 * {@code false} when no face was found.
 *
 * @param timestamp the frame's time
 * @param width the frame's width in pixels
 * @param height the frame's height in pixels
 * @param faces the faces found, largest first
 * @param brightness the mean grey level, from 0 (black) to 255 (white)
 * @param sharpness the variance of the Laplacian over the whole frame at the analyzer's working size; higher is
 *     sharper
 * @param tooDark whether the frame is too dark to see a face well
 * @param blur whether the frame is out of focus (sharpness below the analyzer's threshold)
 */
@JsonIgnoreProperties(
        value = {"faceCount", "frontal", "centred", "smile"},
        allowGetters = true)
public record FrameObservation(
        Duration timestamp,
        int width,
        int height,
        List<DetectedFace> faces,
        double brightness,
        double sharpness,
        boolean tooDark,
        boolean blur) {

    private static final Comparator<DetectedFace> LARGEST_FIRST =
            Comparator.comparingLong((DetectedFace face) -> face.box().area()).reversed();

    public FrameObservation {
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(faces, "faces");
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("width and height must be positive, got " + width + "x" + height);
        }
        if (brightness < 0 || brightness > 255 || Double.isNaN(brightness)) {
            throw new IllegalArgumentException("brightness must be between 0 and 255, got " + brightness);
        }
        if (sharpness < 0 || Double.isNaN(sharpness)) {
            throw new IllegalArgumentException("sharpness must not be negative, got " + sharpness);
        }
        List<DetectedFace> sorted = new ArrayList<>(faces);
        sorted.sort(LARGEST_FIRST);
        faces = List.copyOf(sorted);
    }

    /** How many faces were found. */
    @JsonProperty
    public int faceCount() {
        return faces.size();
    }

    /** The largest face, if any. */
    public Optional<DetectedFace> mainFace() {
        return faces.isEmpty() ? Optional.empty() : Optional.of(faces.get(0));
    }

    /** Whether anyone was in frame. */
    public boolean inFrame() {
        return !faces.isEmpty();
    }

    /** Whether the main face faces the camera (both eyes found, roughly level). */
    @JsonProperty
    public boolean frontal() {
        return mainFace().map(DetectedFace::frontal).orElse(false);
    }

    /** Whether the main face is near the centre of the frame. */
    @JsonProperty
    public boolean centred() {
        return mainFace().map(DetectedFace::centred).orElse(false);
    }

    /** Whether the main face shows a smile. */
    @JsonProperty
    public boolean smile() {
        return mainFace().map(DetectedFace::smile).orElse(false);
    }

    /** The eye-contact proxy: the main face is frontal and centred, as when someone looks into the camera. */
    public boolean lookingAtCamera() {
        return frontal() && centred();
    }

    /** A builder for {@link FrameObservation}; every field is checked when {@link Builder#build()} runs. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this value's fields, to change some of them. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Builds a {@link FrameObservation}. */
    public static final class Builder {
        private Duration timestamp;
        private int width;
        private int height;
        private List<DetectedFace> faces = List.of();
        private double brightness;
        private double sharpness;
        private boolean tooDark;
        private boolean blur;

        private Builder() {}

        private Builder(FrameObservation source) {
            timestamp = source.timestamp;
            width = source.width;
            height = source.height;
            faces = source.faces;
            brightness = source.brightness;
            sharpness = source.sharpness;
            tooDark = source.tooDark;
            blur = source.blur;
        }

        public Builder timestamp(Duration timestamp) {
            this.timestamp = timestamp;
            return this;
        }

        public Builder width(int width) {
            this.width = width;
            return this;
        }

        public Builder height(int height) {
            this.height = height;
            return this;
        }

        public Builder faces(List<DetectedFace> faces) {
            this.faces = faces;
            return this;
        }

        public Builder brightness(double brightness) {
            this.brightness = brightness;
            return this;
        }

        public Builder sharpness(double sharpness) {
            this.sharpness = sharpness;
            return this;
        }

        public Builder tooDark(boolean tooDark) {
            this.tooDark = tooDark;
            return this;
        }

        public Builder blur(boolean blur) {
            this.blur = blur;
            return this;
        }

        /**
         * Builds the value.
         *
         * @throws IllegalArgumentException or {@link NullPointerException} naming the field that is missing or
         *     out of range
         */
        public FrameObservation build() {
            return new FrameObservation(timestamp, width, height, faces, brightness, sharpness, tooDark, blur);
        }
    }
}
