package dev.mocksy.report.layout;

import java.util.List;
import java.util.Objects;

/**
 * A vector chart: its size, a title, a sentence saying what it shows (the text alternative), and its shapes.
 *
 * @param width in chart units
 * @param height in chart units
 * @param title shown above it
 * @param description what it shows, for readers who cannot see it
 * @param shapes drawn in order
 */
public record Chart(double width, double height, String title, String description, List<Shape> shapes) {

    public Chart {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("a chart needs a positive size, got " + width + " x " + height);
        }
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        shapes = List.copyOf(shapes);
    }

    /** A builder for {@link Chart}; every field is checked when {@link Builder#build()} runs. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this value's fields, to change some of them. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Builds a {@link Chart}. */
    public static final class Builder {
        private double width;
        private double height;
        private String title;
        private String description;
        private List<Shape> shapes = List.of();

        private Builder() {}

        private Builder(Chart source) {
            width = source.width;
            height = source.height;
            title = source.title;
            description = source.description;
            shapes = source.shapes;
        }

        public Builder width(double width) {
            this.width = width;
            return this;
        }

        public Builder height(double height) {
            this.height = height;
            return this;
        }

        public Builder title(String title) {
            this.title = title;
            return this;
        }

        public Builder description(String description) {
            this.description = description;
            return this;
        }

        public Builder shapes(List<Shape> shapes) {
            this.shapes = shapes;
            return this;
        }

        /**
         * Builds the value.
         *
         * @throws IllegalArgumentException or {@link NullPointerException} naming the field that is missing or
         *     out of range
         */
        public Chart build() {
            return new Chart(width, height, title, description, shapes);
        }
    }
}
