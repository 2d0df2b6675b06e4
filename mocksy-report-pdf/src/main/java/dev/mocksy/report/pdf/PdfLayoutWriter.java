package dev.mocksy.report.pdf;

import dev.mocksy.report.layout.Block;
import dev.mocksy.report.layout.Block.Bullets;
import dev.mocksy.report.layout.Block.Figure;
import dev.mocksy.report.layout.Block.Heading;
import dev.mocksy.report.layout.Block.Paragraph;
import dev.mocksy.report.layout.Block.SideBySide;
import dev.mocksy.report.layout.Block.Table;
import dev.mocksy.report.layout.Chart;
import dev.mocksy.report.layout.Ink;
import dev.mocksy.report.layout.ReportLayout;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

/** Flows a {@link ReportLayout} onto A4 pages: wrapped text, lists, tables, side-by-side columns and charts. */
final class PdfLayoutWriter {

    private static final PDRectangle PAGE = PDRectangle.A4;
    private static final float MARGIN = 47.5f;
    private static final float WIDTH = PAGE.getWidth() - 2 * MARGIN;
    private static final float BODY = 10;
    private static final float LEADING = 1.35f;
    private static final int SIDE_BACKGROUND = 0xF5F7FA;

    private final PDDocument document;
    private final PdfFonts fonts;
    private final String footer;
    private PDPageContentStream stream;
    private float y;
    private int pages;

    PdfLayoutWriter(PDDocument document, PdfFonts fonts, String footer) {
        this.document = document;
        this.fonts = fonts;
        this.footer = footer;
    }

    void write(ReportLayout layout) throws IOException {
        newPage();
        paragraph(layout.title(), 18, Ink.TEXT, true, 0);
        y -= 2;
        paragraph(layout.subtitle(), 9, Ink.MUTED, false, 0);
        y -= 8;
        for (Block block : layout.blocks()) {
            block(block);
        }
        closePage();
    }

    private void block(Block block) throws IOException {
        if (block instanceof Heading heading) {
            float size = heading.level() <= 2 ? 14 : 11.5f;
            ensure(size * 3);
            y -= heading.level() <= 2 ? 12 : 8;
            paragraph(heading.text(), size, Ink.TEXT, true, 0);
            if (heading.level() <= 2) {
                rule(Ink.GRID);
            }
            y -= 3;
        } else if (block instanceof Paragraph paragraph) {
            Ink ink =
                    switch (paragraph.tone()) {
                        case NORMAL, STRONG -> Ink.TEXT;
                        case MUTED -> Ink.MUTED;
                        case WARNING -> Ink.WEAK;
                    };
            paragraph(paragraph.text(), BODY, ink, paragraph.tone() == Block.Tone.STRONG, 0);
            y -= 4;
        } else if (block instanceof Bullets bullets) {
            if (bullets.label() != null) {
                paragraph(bullets.label(), BODY, Ink.TEXT, true, 0);
            }
            for (int i = 0; i < bullets.items().size(); i++) {
                String mark = bullets.numbered() ? (i + 1) + "." : "\u2022";
                bullet(mark, bullets.items().get(i));
            }
            y -= 4;
        } else if (block instanceof Figure figure) {
            chart(figure.chart());
        } else if (block instanceof Table table) {
            table(table);
        } else if (block instanceof SideBySide side) {
            sideBySide(side);
        }
    }

    private void paragraph(String text, float size, Ink ink, boolean bold, float indent) throws IOException {
        for (String line : wrap(text, size, WIDTH - indent)) {
            ensure(size * LEADING);
            y -= size * LEADING;
            text(line, MARGIN + indent, y, size, ink, bold);
        }
    }

    private void bullet(String mark, String text) throws IOException {
        float indent = 14;
        List<String> lines = wrap(text, BODY, WIDTH - indent);
        for (int i = 0; i < lines.size(); i++) {
            ensure(BODY * LEADING);
            y -= BODY * LEADING;
            if (i == 0) {
                text(mark, MARGIN + 2, y, BODY, Ink.MUTED, false);
            }
            text(lines.get(i), MARGIN + indent, y, BODY, Ink.TEXT, false);
        }
    }

    private void chart(Chart chart) throws IOException {
        ensure((float) chart.height() + 20);
        y -= 6;
        paragraph(chart.title(), 10.5f, Ink.TEXT, true, 0);
        float top = y - 4;
        float left = MARGIN + (WIDTH - (float) chart.width()) / 2;
        new ChartPainter(stream, fonts, left, top).paint(chart);
        y = top - (float) chart.height();
    }

    private void table(Table table) throws IOException {
        int columns = table.header().size();
        float column = Math.min(200, WIDTH / columns);
        float row = BODY * 1.8f;
        List<List<String>> rows = new ArrayList<>();
        rows.add(table.header());
        rows.addAll(table.rows());
        for (int r = 0; r < rows.size(); r++) {
            ensure(row);
            y -= row;
            for (int c = 0; c < columns && c < rows.get(r).size(); c++) {
                String cell = fit(rows.get(r).get(c), BODY, column - 8);
                text(cell, MARGIN + 4 + c * column, y + BODY * 0.5f, BODY, Ink.TEXT, r == 0);
            }
            line(MARGIN, y, MARGIN + column * columns, y, Ink.GRID);
        }
        y -= 6;
    }

    /** The candidate's answer in the left column, what a strong answer covers in the right, line by line. */
    private void sideBySide(SideBySide side) throws IOException {
        float gap = 12;
        boolean two = !side.right().isEmpty();
        float column = two ? (WIDTH - gap) / 2 : WIDTH;
        float pad = 6;
        List<String[]> left = new ArrayList<>();
        left.add(new String[] {side.leftTitle(), "bold"});
        for (String paragraph : side.left().split("\n")) {
            for (String line : wrap(paragraph, BODY, column - 2 * pad)) {
                left.add(new String[] {line, ""});
            }
        }
        List<String[]> right = new ArrayList<>();
        if (two) {
            right.add(new String[] {side.rightTitle(), "bold"});
            for (String point : side.right()) {
                List<String> lines = wrap(point, BODY, column - 2 * pad - 10);
                for (int i = 0; i < lines.size(); i++) {
                    right.add(new String[] {lines.get(i), i == 0 ? "bullet" : "indent"});
                }
            }
        }
        float lineHeight = BODY * LEADING;
        ensure(lineHeight * 3);
        y -= 4;
        int rows = Math.max(left.size(), right.size()) + 1;
        int row = 0;
        // Page by page, the left column's lines and then the right's, so that text is read one column at a time.
        while (row < rows) {
            ensure(lineHeight);
            int fit = Math.max(1, (int) ((y - MARGIN - 16) / lineHeight));
            int end = Math.min(rows, row + fit);
            float top = y;
            float bottom = top - (end - row) * lineHeight;
            background(MARGIN, bottom - 3, column, top - bottom);
            if (two) {
                background(MARGIN + column + gap, bottom - 3, column, top - bottom);
            }
            for (int i = row; i < end && i < left.size(); i++) {
                cell(left.get(i), MARGIN + pad, top - (i - row + 1) * lineHeight);
            }
            for (int i = row; i < end && i < right.size(); i++) {
                cell(right.get(i), MARGIN + column + gap + pad, top - (i - row + 1) * lineHeight);
            }
            y = bottom;
            row = end;
        }
        y -= 8;
    }

    private void cell(String[] line, float x, float baseline) throws IOException {
        switch (line[1]) {
            case "bold" -> text(line[0], x, baseline, BODY, Ink.TEXT, true);
            case "bullet" -> {
                text("\u2022", x, baseline, BODY, Ink.MUTED, false);
                text(line[0], x + 10, baseline, BODY, Ink.TEXT, false);
            }
            case "indent" -> text(line[0], x + 10, baseline, BODY, Ink.TEXT, false);
            default -> text(line[0], x, baseline, BODY, Ink.TEXT, false);
        }
    }

    private void background(float x, float bottom, float width, float height) throws IOException {
        stream.setNonStrokingColor(
                ((SIDE_BACKGROUND >> 16) & 0xFF) / 255f,
                ((SIDE_BACKGROUND >> 8) & 0xFF) / 255f,
                (SIDE_BACKGROUND & 0xFF) / 255f);
        stream.addRect(x, bottom, width, height);
        stream.fill();
    }

    /** Words in lines no wider than {@code width}; a word wider than a line is cut. */
    List<String> wrap(String text, float size, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : fonts.printable(text).split(" +")) {
            if (word.isEmpty()) {
                continue;
            }
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (fonts.width(candidate, size) <= width) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
            }
            while (fonts.width(word, size) > width) {
                int cut = word.length() - 1;
                while (cut > 1 && fonts.width(word.substring(0, cut), size) > width) {
                    cut--;
                }
                lines.add(word.substring(0, cut));
                word = word.substring(cut);
            }
            line.append(word);
        }
        if (line.length() > 0 || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    private String fit(String text, float size, float width) throws IOException {
        String printable = fonts.printable(text);
        while (printable.length() > 1 && fonts.width(printable, size) > width) {
            printable = printable.substring(0, printable.length() - 1);
        }
        return printable;
    }

    private void text(String text, float x, float baseline, float size, Ink ink, boolean bold) throws IOException {
        String printable = fonts.printable(text);
        stream.setNonStrokingColor(red(ink), green(ink), blue(ink));
        stream.beginText();
        stream.setFont(fonts.font(), size);
        if (bold) {
            stream.setRenderingMode(RenderingMode.FILL_STROKE);
            stream.setStrokingColor(red(ink), green(ink), blue(ink));
            stream.setLineWidth(size / 30);
        }
        stream.newLineAtOffset(x, baseline);
        stream.showText(printable);
        stream.endText();
        if (bold) {
            stream.setRenderingMode(RenderingMode.FILL);
        }
    }

    private void rule(Ink ink) throws IOException {
        y -= 4;
        line(MARGIN, y, MARGIN + WIDTH, y, ink);
    }

    private void line(float x1, float y1, float x2, float y2, Ink ink) throws IOException {
        stream.setStrokingColor(red(ink), green(ink), blue(ink));
        stream.setLineWidth(0.8f);
        stream.moveTo(x1, y1);
        stream.lineTo(x2, y2);
        stream.stroke();
    }

    /** Starts a new page when less than {@code height} is left above the bottom margin. */
    private void ensure(float height) throws IOException {
        if (y - height < MARGIN + 16) {
            closePage();
            newPage();
        }
    }

    private void newPage() throws IOException {
        PDPage page = new PDPage(PAGE);
        document.addPage(page);
        stream = new PDPageContentStream(document, page);
        pages++;
        y = PAGE.getHeight() - MARGIN;
    }

    private void closePage() throws IOException {
        text(footer + " · page " + pages, MARGIN, MARGIN - 14, 8, Ink.MUTED, false);
        stream.close();
    }

    private static float red(Ink ink) {
        return ((ink.rgb() >> 16) & 0xFF) / 255f;
    }

    private static float green(Ink ink) {
        return ((ink.rgb() >> 8) & 0xFF) / 255f;
    }

    private static float blue(Ink ink) {
        return (ink.rgb() & 0xFF) / 255f;
    }
}
