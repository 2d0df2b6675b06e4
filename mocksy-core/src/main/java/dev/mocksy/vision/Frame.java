package dev.mocksy.vision;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.time.Duration;
import java.util.Objects;

/**
 * One webcam frame: its picture and when it was taken.
 *
 * <pre>{@code
 * Frame fromBrowser = Frame.encoded(jpegBytes, Duration.ofMillis(1200));
 * Frame fromCanvas = Frame.pixels(640, 480, PixelFormat.RGBA, imageData, Duration.ofMillis(1400));
 * Frame fromJava = Frame.of(bufferedImage, Duration.ofSeconds(2));
 * }</pre>
 *
 * @param image the picture
 * @param timestamp its time from the start of the answer or session; never negative
 */
public record Frame(FrameImage image, Duration timestamp) {

    public Frame {
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(timestamp, "timestamp");
        if (timestamp.isNegative()) {
            throw new IllegalArgumentException("timestamp must not be negative, got " + timestamp);
        }
    }

    /** An encoded frame (JPEG or PNG bytes). */
    public Frame(byte[] encoded, Duration timestamp) {
        this(new FrameImage.Encoded(encoded), timestamp);
    }

    /** A frame from an encoded image, typically a JPEG snapshot from a browser. */
    public static Frame encoded(byte[] jpegOrPng, Duration timestamp) {
        return new Frame(new FrameImage.Encoded(jpegOrPng), timestamp);
    }

    /** A frame from raw pixels, e.g. a canvas's RGBA image data. */
    public static Frame pixels(int width, int height, PixelFormat format, byte[] data, Duration timestamp) {
        return new Frame(new FrameImage.Pixels(width, height, format, data), timestamp);
    }

    /** A frame from a Java image; its pixels are copied, so later changes to {@code image} do not affect it. */
    public static Frame of(BufferedImage image, Duration timestamp) {
        Objects.requireNonNull(image, "image");
        boolean grey = image.getType() == BufferedImage.TYPE_BYTE_GRAY;
        // Drawing into a fresh image of a known type gives one contiguous buffer whatever the source's layout.
        BufferedImage copy = new BufferedImage(
                image.getWidth(),
                image.getHeight(),
                grey ? BufferedImage.TYPE_BYTE_GRAY : BufferedImage.TYPE_3BYTE_BGR);
        var graphics = copy.createGraphics();
        try {
            graphics.drawImage(image, 0, 0, null);
        } finally {
            graphics.dispose();
        }
        byte[] data = ((DataBufferByte) copy.getRaster().getDataBuffer()).getData();
        return pixels(image.getWidth(), image.getHeight(), grey ? PixelFormat.GRAY : PixelFormat.BGR, data, timestamp);
    }

    @Override
    public String toString() {
        return "Frame[" + image + " at " + timestamp + "]";
    }
}
