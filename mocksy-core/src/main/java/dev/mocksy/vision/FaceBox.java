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

    /** A builder for {@link FaceBox}; every field is checked when {@link Builder#build()} runs. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this value's fields, to change some of them. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Builds a {@link FaceBox}. */
    public static final class Builder {
        private int x;
        private int y;
        private int width;
        private int height;

        private Builder() {}

        private Builder(FaceBox source) {
            x = source.x;
            y = source.y;
            width = source.width;
            height = source.height;
        }

        public Builder x(int x) {
            this.x = x;
            return this;
        }

        public Builder y(int y) {
            this.y = y;
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

        /**
         * Builds the value.
         *
         * @throws IllegalArgumentException or {@link NullPointerException} naming the field that is missing or
         *     out of range
         */
        public FaceBox build() {
            return new FaceBox(x, y, width, height);
        }
    }
}
