package dev.mocksy.report.layout;

import java.util.List;
import java.util.Objects;

/** What a chart is drawn with; coordinates in chart units, y growing downwards. */
public sealed interface Shape {

    /** A straight line. */
    record Line(Point from, Point to, Ink ink, double width) implements Shape {
        public Line {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(ink, "ink");
        }
    }

    /** Connected points, closed into a polygon when {@code closed}; filled when {@code fill} is not null. */
    record Path(List<Point> points, boolean closed, Ink stroke, Ink fill, double width) implements Shape {
        public Path {
            points = List.copyOf(points);
            if (points.size() < 2) {
                throw new IllegalArgumentException("a path needs at least two points, got " + points.size());
            }
        }
    }

    /** A filled rectangle whose top-left corner is {@code (x, y)}. */
    record Rect(double x, double y, double width, double height, Ink fill) implements Shape {
        public Rect {
            Objects.requireNonNull(fill, "fill");
        }
    }

    /** A filled circle. */
    record Circle(Point centre, double radius, Ink fill) implements Shape {
        public Circle {
            Objects.requireNonNull(centre, "centre");
            Objects.requireNonNull(fill, "fill");
        }
    }

    /** A line of text whose baseline starts, is centred or ends at {@code at}, per {@code anchor}. */
    record Text(Point at, String text, Anchor anchor, double size, Ink ink, boolean bold) implements Shape {
        public Text {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(anchor, "anchor");
            Objects.requireNonNull(ink, "ink");
        }
    }

    /** Where a text sits relative to its point. */
    enum Anchor {
        START,
        MIDDLE,
        END
    }
}
