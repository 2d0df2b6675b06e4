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
}
