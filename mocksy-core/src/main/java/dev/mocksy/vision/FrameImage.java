package dev.mocksy.vision;

import java.util.Arrays;
import java.util.Objects;

/** The picture of a {@link Frame}: either an encoded image file or raw pixels. */
public sealed interface FrameImage permits FrameImage.Encoded, FrameImage.Pixels {

    /**
     * An encoded image as a browser or camera sends it, typically JPEG or PNG.
     *
     * @param bytes the file's bytes; copied in and out
     */
    record Encoded(byte[] bytes) implements FrameImage {

        public Encoded {
            Objects.requireNonNull(bytes, "bytes");
            bytes = bytes.clone();
        }

        @Override
        public byte[] bytes() {
            return bytes.clone();
        }

        /** The number of bytes, without copying them. */
        public int length() {
            return bytes.length;
        }

        /** {@code "jpeg"}, {@code "png"} or {@code "unknown"}, from the file's signature. */
        public String format() {
            if (bytes.length >= 3
                    && (bytes[0] & 0xff) == 0xff
                    && (bytes[1] & 0xff) == 0xd8
                    && (bytes[2] & 0xff) == 0xff) {
                return "jpeg";
            }
            if (bytes.length >= 8
                    && (bytes[0] & 0xff) == 0x89
                    && bytes[1] == 'P'
                    && bytes[2] == 'N'
                    && bytes[3] == 'G') {
                return "png";
            }
            return "unknown";
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Encoded encoded && Arrays.equals(encoded.bytes, bytes);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(bytes);
        }

        @Override
        public String toString() {
            return "Encoded[" + format() + ", " + bytes.length + " bytes]";
        }
    }

    /**
     * Raw pixels, 8 bits per channel, rows top to bottom without padding.
     *
     * @param width pixels per row
     * @param height rows
     * @param format the channel layout
     * @param data {@code width * height * format.channels()} bytes; copied in and out
     */
    record Pixels(int width, int height, PixelFormat format, byte[] data) implements FrameImage {

        public Pixels {
            Objects.requireNonNull(format, "format");
            Objects.requireNonNull(data, "data");
            if (width < 1 || height < 1) {
                throw new IllegalArgumentException("width and height must be positive, got " + width + "x" + height);
            }
            long expected = (long) width * height * format.channels();
            if (data.length != expected) {
                throw new IllegalArgumentException("data must hold width * height * " + format.channels() + " = "
                        + expected + " bytes for " + width + "x" + height + " " + format + ", got " + data.length);
            }
            data = data.clone();
        }

        @Override
        public byte[] data() {
            return data.clone();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Pixels pixels
                    && pixels.width == width
                    && pixels.height == height
                    && pixels.format == format
                    && Arrays.equals(pixels.data, data);
        }

        @Override
        public int hashCode() {
            return 31 * (31 * (31 * width + height) + format.hashCode()) + Arrays.hashCode(data);
        }

        @Override
        public String toString() {
            return "Pixels[" + width + "x" + height + " " + format + "]";
        }
    }
}
