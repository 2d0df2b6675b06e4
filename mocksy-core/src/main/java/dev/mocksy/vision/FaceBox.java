package dev.mocksy.vision;

/**
 * Where a face is, in pixels of the original frame.
 *
 * @param x left edge
 * @param y top edge
 * @param width box width
 * @param height box height
 */
public record FaceBox(int x, int y, int width, int height) {

    public FaceBox {
        if (x < 0 || y < 0) {
            throw new IllegalArgumentException("x and y must not be negative, got " + x + "," + y);
        }
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("width and height must be positive, got " + width + "x" + height);
        }
    }

    /** The box's area in pixels. */
    public long area() {
        return (long) width * height;
    }

    /** The horizontal centre. */
    public double centreX() {
        return x + width / 2.0;
    }

    /** The vertical centre. */
    public double centreY() {
        return y + height / 2.0;
    }
}
