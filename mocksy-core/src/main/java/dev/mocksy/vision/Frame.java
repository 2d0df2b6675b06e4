package dev.mocksy.vision;

import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;

/**
 * One webcam frame.
 *
 * @param image the encoded image (JPEG or PNG)
 * @param timestamp its time from the start of the answer or session
 */
public record Frame(byte[] image, Duration timestamp) {

    public Frame {
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(timestamp, "timestamp");
        image = image.clone();
    }

    @Override
    public byte[] image() {
        return image.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Frame frame && frame.timestamp.equals(timestamp) && Arrays.equals(frame.image, image);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(image) + timestamp.hashCode();
    }

    @Override
    public String toString() {
        return "Frame[" + image.length + " bytes at " + timestamp + "]";
    }
}
