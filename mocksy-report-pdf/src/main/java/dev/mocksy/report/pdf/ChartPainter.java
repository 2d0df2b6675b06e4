package dev.mocksy.report.pdf;

import dev.mocksy.report.layout.Chart;
import dev.mocksy.report.layout.Ink;
import dev.mocksy.report.layout.Point;
import dev.mocksy.report.layout.Shape;
import dev.mocksy.report.layout.Shape.Circle;
import dev.mocksy.report.layout.Shape.Line;
import dev.mocksy.report.layout.Shape.Path;
import dev.mocksy.report.layout.Shape.Rect;
import dev.mocksy.report.layout.Shape.Text;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

/** Draws a {@link Chart} onto a PDF page with its top-left corner at a point: the same shapes the SVG shows. */
final class ChartPainter {

    // Four cubic Bezier curves approximate a circle with this control-point distance, in radii.
    private static final float KAPPA = 0.5523f;

    private final PDPageContentStream stream;
    private final PdfFonts fonts;
    private final float left;
    private final float top;
    private double opacity = 1;

    ChartPainter(PDPageContentStream stream, PdfFonts fonts, float left, float top) {
        this.stream = stream;
        this.fonts = fonts;
        this.left = left;
        this.top = top;
    }

    void paint(Chart chart) throws IOException {
        for (Shape shape : chart.shapes()) {
            if (shape instanceof Line line) {
                stroke(line.ink(), line.width());
                stream.moveTo(x(line.from()), y(line.from()));
                stream.lineTo(x(line.to()), y(line.to()));
                stream.stroke();
            } else if (shape instanceof Path path) {
                path(path);
            } else if (shape instanceof Rect rect) {
                fill(rect.fill());
                stream.addRect(
                        left + (float) rect.x(), top - (float) (rect.y() + rect.height()), (float) rect.width(), (float)
                                rect.height());
                stream.fill();
            } else if (shape instanceof Circle circle) {
                fill(circle.fill());
                circle(x(circle.centre()), y(circle.centre()), (float) circle.radius());
                stream.fill();
            } else if (shape instanceof Text text) {
                text(text);
            }
        }
        opacity(1);
    }

    private void path(Path path) throws IOException {
        if (path.fill() != null) {
            fill(path.fill());
            trace(path);
            stream.fill();
        }
        if (path.stroke() != null) {
            stroke(path.stroke(), path.width());
            trace(path);
            stream.stroke();
        }
    }

    private void trace(Path path) throws IOException {
        Point first = path.points().get(0);
        stream.moveTo(x(first), y(first));
        for (Point point : path.points().subList(1, path.points().size())) {
            stream.lineTo(x(point), y(point));
        }
        if (path.closed()) {
            stream.closePath();
        }
    }

    private void text(Text text) throws IOException {
        String printable = fonts.printable(text.text());
        float size = (float) text.size();
        float width = fonts.width(printable, size);
        float x = x(text.at());
        x -= switch (text.anchor()) {
            case START -> 0;
            case MIDDLE -> width / 2;
            case END -> width;};
        fill(text.ink());
        stream.beginText();
        stream.setFont(fonts.font(), size);
        if (text.bold()) {
            stream.setRenderingMode(RenderingMode.FILL_STROKE);
            stroke(text.ink(), 0.3);
        }
        stream.newLineAtOffset(x, y(text.at()));
        stream.showText(printable);
        stream.endText();
        if (text.bold()) {
            stream.setRenderingMode(RenderingMode.FILL);
        }
    }

    private void circle(float cx, float cy, float r) throws IOException {
        float k = KAPPA * r;
        stream.moveTo(cx + r, cy);
        stream.curveTo(cx + r, cy + k, cx + k, cy + r, cx, cy + r);
        stream.curveTo(cx - k, cy + r, cx - r, cy + k, cx - r, cy);
        stream.curveTo(cx - r, cy - k, cx - k, cy - r, cx, cy - r);
        stream.curveTo(cx + k, cy - r, cx + r, cy - k, cx + r, cy);
        stream.closePath();
    }

    private void fill(Ink ink) throws IOException {
        stream.setNonStrokingColor(rgb(ink, 16), rgb(ink, 8), rgb(ink, 0));
        opacity(ink.opacity());
    }

    private void stroke(Ink ink, double width) throws IOException {
        stream.setStrokingColor(rgb(ink, 16), rgb(ink, 8), rgb(ink, 0));
        stream.setLineWidth((float) width);
    }

    private void opacity(double wanted) throws IOException {
        if (wanted == opacity) {
            return;
        }
        opacity = wanted;
        PDExtendedGraphicsState state = new PDExtendedGraphicsState();
        state.setNonStrokingAlphaConstant((float) wanted);
        stream.setGraphicsStateParameters(state);
    }

    private static float rgb(Ink ink, int shift) {
        return ((ink.rgb() >> shift) & 0xFF) / 255f;
    }

    private float x(Point point) {
        return left + (float) point.x();
    }

    private float y(Point point) {
        return top - (float) point.y();
    }
}
