package dev.mocksy.vision;

/** The byte layout of raw pixels: 8 bits per channel, rows top to bottom, no padding between rows. */
public enum PixelFormat {
    /** One grey byte per pixel. */
    GRAY(1),
    /** Red, green, blue: the layout of most decoders and of Java's {@code TYPE_3BYTE_BGR} reversed. */
    RGB(3),
    /** Blue, green, red: OpenCV's and Java's {@code TYPE_3BYTE_BGR} layout. */
    BGR(3),
    /** Red, green, blue, alpha: what a browser canvas's {@code getImageData()} returns. */
    RGBA(4),
    /** Blue, green, red, alpha. */
    BGRA(4);

    private final int channels;

    PixelFormat(int channels) {
        this.channels = channels;
    }

    /** Bytes per pixel. */
    public int channels() {
        return channels;
    }
}
