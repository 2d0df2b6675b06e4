package dev.mocksy.report.layout;

import dev.mocksy.report.layout.Shape.Circle;
import dev.mocksy.report.layout.Shape.Line;
import dev.mocksy.report.layout.Shape.Path;
import dev.mocksy.report.layout.Shape.Rect;
import dev.mocksy.report.layout.Shape.Text;
import java.util.Locale;

/** Draws a {@link Chart} as an inline SVG element, with its description as the accessible title. */
public final class SvgRenderer {

    private SvgRenderer() {}

    /** The chart as an {@code <svg>} element that scales to its container's width. */
    public static String render(Chart chart) {
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(
                Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %s %s\" width=\"100%%\" role=\"img\""
                        + " aria-label=\"%s\" style=\"max-width:%spx\">",
                n(chart.width()),
                n(chart.height()),
                escape(chart.title()),
                n(chart.width())));
        svg.append("<title>").append(escape(chart.description())).append("</title>");
        for (Shape shape : chart.shapes()) {
            svg.append(shape(shape));
        }
        return svg.append("</svg>").toString();
    }

    private static String shape(Shape shape) {
        if (shape instanceof Line line) {
            return String.format(
                    Locale.ROOT,
                    "<line x1=\"%s\" y1=\"%s\" x2=\"%s\" y2=\"%s\" stroke=\"%s\" stroke-width=\"%s\"/>",
                    n(line.from().x()),
                    n(line.from().y()),
                    n(line.to().x()),
                    n(line.to().y()),
                    line.ink().hex(),
                    n(line.width()));
        } else if (shape instanceof Path path) {
            StringBuilder points = new StringBuilder();
            for (Point point : path.points()) {
                points.append(n(point.x())).append(',').append(n(point.y())).append(' ');
            }
            String fill = path.fill() == null
                    ? "none"
                    : path.fill().hex() + "\" fill-opacity=\"" + n(path.fill().opacity());
            return String.format(
                    Locale.ROOT,
                    "<%s points=\"%s\" fill=\"%s\" stroke=\"%s\" stroke-width=\"%s\" stroke-linejoin=\"round\"/>",
                    path.closed() ? "polygon" : "polyline",
                    points.toString().strip(),
                    fill,
                    path.stroke() == null ? "none" : path.stroke().hex(),
                    n(path.width()));
        } else if (shape instanceof Rect rect) {
            return String.format(
                    Locale.ROOT,
                    "<rect x=\"%s\" y=\"%s\" width=\"%s\" height=\"%s\" fill=\"%s\"/>",
                    n(rect.x()),
                    n(rect.y()),
                    n(rect.width()),
                    n(rect.height()),
                    rect.fill().hex());
        } else if (shape instanceof Circle circle) {
            return String.format(
                    Locale.ROOT,
                    "<circle cx=\"%s\" cy=\"%s\" r=\"%s\" fill=\"%s\"/>",
                    n(circle.centre().x()),
                    n(circle.centre().y()),
                    n(circle.radius()),
                    circle.fill().hex());
        } else if (shape instanceof Text text) {
            return String.format(
                    Locale.ROOT,
                    "<text x=\"%s\" y=\"%s\" text-anchor=\"%s\" font-size=\"%s\" fill=\"%s\"%s>%s</text>",
                    n(text.at().x()),
                    n(text.at().y()),
                    switch (text.anchor()) {
                        case START -> "start";
                        case MIDDLE -> "middle";
                        case END -> "end";
                    },
                    n(text.size()),
                    text.ink().hex(),
                    text.bold() ? " font-weight=\"bold\"" : "",
                    escape(text.text()));
        }
        throw new IllegalArgumentException("unknown shape " + shape);
    }

    private static String n(double value) {
        return value == Math.rint(value)
                ? Long.toString((long) value)
                : String.format(Locale.ROOT, "%.2f", value).replaceAll("0+$", "");
    }

    /** Text safe inside an XML element or attribute. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (c < 0x20 && c != '\n' && c != '\t') {
                        out.append(' ');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
