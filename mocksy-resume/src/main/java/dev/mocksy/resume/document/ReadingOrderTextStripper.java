package dev.mocksy.resume.document;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Extracts a PDF's text in reading order.
 *
 * <p>By default the text comes in the order the producer wrote it, not sorted by position: word processors and LaTeX
 * write each column and table cell whole, so a sidebar stays apart from the main column, where sorting by position
 * would interleave their lines, and a table is read row by row.
 *
 * <p>Some generators write a page line by line straight across two columns. A page is re-read column by column only
 * when all three signs agree: an empty vertical gutter in the middle half of the page, text on both sides of it on
 * at least half of the lines (a sidebar, not a table of dates whose right cells run on alone), and the producer's
 * order jumping across the gutter again and again.
 */
final class ReadingOrderTextStripper extends PDFTextStripper {

    private static final int MIN_PAIRED_ROWS = 6;
    private static final int MIN_SIDE_SWITCHES = 8;

    /** A run of glyphs on one line with no wide gap inside. */
    private record Run(StringBuilder text, float xMin, float xMax, float y, float height) {}

    private final List<List<TextPosition>> pageGlyphs = new ArrayList<>();
    private final List<int[]> pageSpans = new ArrayList<>();
    private StringWriter output;
    private int pageStart;

    ReadingOrderTextStripper() {
        setSortByPosition(false);
        setShouldSeparateByBeads(true);
        setAddMoreFormatting(false);
    }

    /** The whole document's text, page by page in reading order. */
    String read(PDDocument document) throws IOException {
        output = new StringWriter();
        writeText(document, output);
        String producerOrder = output.toString();
        StringBuilder text = new StringBuilder();
        for (int page = 0; page < pageSpans.size(); page++) {
            int[] span = pageSpans.get(page);
            String columns = page < pageGlyphs.size()
                    ? columnsIfInterleaved(
                            pageGlyphs.get(page),
                            document.getPage(page).getMediaBox().getWidth())
                    : null;
            text.append(columns != null ? columns : producerOrder.substring(span[0], span[1]));
        }
        return text.toString();
    }

    @Override
    protected void writePageStart() throws IOException {
        super.writePageStart();
        output.flush();
        pageStart = output.getBuffer().length();
    }

    @Override
    protected void startPage(PDPage page) throws IOException {
        super.startPage(page); // called before the page's glyphs are processed, unlike writePageStart
        pageGlyphs.add(new ArrayList<>());
    }

    @Override
    protected void writePageEnd() throws IOException {
        super.writePageEnd();
        output.flush();
        pageSpans.add(new int[] {pageStart, output.getBuffer().length()});
    }

    @Override
    protected void processTextPosition(TextPosition text) {
        super.processTextPosition(text);
        if (!pageGlyphs.isEmpty()) {
            pageGlyphs.get(pageGlyphs.size() - 1).add(text);
        }
    }

    /** The page read column by column, or {@code null} when the producer's order should be kept. */
    static String columnsIfInterleaved(List<TextPosition> glyphs, float pageWidth) {
        List<Run> runs = runs(glyphs);
        if (runs.size() < MIN_PAIRED_ROWS * 2) {
            return null;
        }
        float gutter = gutter(runs, pageWidth);
        if (Float.isNaN(gutter)) {
            return null;
        }
        int switches = 0;
        Boolean lastLeft = null;
        for (Run run : runs) {
            boolean left = run.xMax() <= gutter;
            boolean right = run.xMin() >= gutter;
            if (left || right) {
                if (lastLeft != null && lastLeft != left) {
                    switches++;
                }
                lastLeft = left;
            }
        }
        List<List<Run>> rows = rows(runs);
        int paired = 0;
        for (List<Run> row : rows) {
            boolean hasLeft = row.stream().anyMatch(r -> r.xMax() <= gutter);
            boolean hasRight = row.stream().anyMatch(r -> r.xMin() >= gutter);
            if (hasLeft && hasRight) {
                paired++;
            }
        }
        if (switches < MIN_SIDE_SWITCHES || paired < MIN_PAIRED_ROWS || paired * 2 < rows.size()) {
            return null;
        }
        // Top to bottom: a line crossing the gutter (a title, a full-width heading) ends the column block above it.
        StringBuilder text = new StringBuilder();
        StringBuilder left = new StringBuilder();
        StringBuilder right = new StringBuilder();
        for (List<Run> row : rows) {
            if (row.stream().anyMatch(r -> r.xMin() < gutter && r.xMax() > gutter)) {
                text.append(left).append(right);
                left.setLength(0);
                right.setLength(0);
                appendLine(text, row);
            } else {
                appendLine(left, row.stream().filter(r -> r.xMax() <= gutter).toList());
                appendLine(right, row.stream().filter(r -> r.xMin() >= gutter).toList());
            }
        }
        return text.append(left).append(right).toString();
    }

    private static void appendLine(StringBuilder out, List<Run> runs) {
        if (runs.isEmpty()) {
            return;
        }
        for (int i = 0; i < runs.size(); i++) {
            out.append(i == 0 ? "" : " ").append(runs.get(i).text());
        }
        out.append('\n');
    }

    /** Glyphs joined into runs: same baseline, no gap wider than two spaces. */
    private static List<Run> runs(List<TextPosition> glyphs) {
        List<Run> runs = new ArrayList<>();
        Run current = null;
        for (TextPosition glyph : glyphs) {
            float x = glyph.getXDirAdj();
            float y = glyph.getYDirAdj();
            float width = Math.max(glyph.getWidthDirAdj(), 0.1f);
            float height = Math.max(glyph.getHeightDir(), 1f);
            if (current != null && Math.abs(current.y() - y) < height * 0.5f) {
                float gap = x - current.xMax();
                float space = Math.max(glyph.getWidthOfSpace(), width * 0.6f);
                if (gap >= -width && gap < space * 2.5f) {
                    if (gap > space * 0.5f) {
                        current.text().append(' ');
                    }
                    current.text().append(glyph.getUnicode());
                    current = new Run(current.text(), current.xMin(), x + width, current.y(), current.height());
                    runs.set(runs.size() - 1, current);
                    continue;
                }
            }
            current = new Run(new StringBuilder(glyph.getUnicode()), x, x + width, y, height);
            runs.add(current);
        }
        return runs;
    }

    /**
     * The middle of the widest vertical band in the middle half of the page that only a few lines cross (a title or a
     * full-width heading may), or NaN when there is none.
     */
    private static float gutter(List<Run> runs, float pageWidth) {
        long allowed = Math.max(2, runs.size() / 10);
        float bestStart = Float.NaN;
        float bestWidth = 0;
        float start = Float.NaN;
        for (float x = pageWidth * 0.25f; x <= pageWidth * 0.75f; x += 1f) {
            float at = x;
            boolean crossed =
                    runs.stream().filter(r -> r.xMin() < at && r.xMax() > at).count() > allowed;
            if (!crossed && Float.isNaN(start)) {
                start = x;
            } else if (crossed && !Float.isNaN(start)) {
                if (x - start > bestWidth) {
                    bestWidth = x - start;
                    bestStart = start;
                }
                start = Float.NaN;
            }
        }
        if (!Float.isNaN(start) && pageWidth * 0.75f - start > bestWidth) {
            bestWidth = pageWidth * 0.75f - start;
            bestStart = start;
        }
        return bestWidth >= 8 ? bestStart + bestWidth / 2 : Float.NaN;
    }

    /** Runs grouped into lines by baseline, top to bottom, each line left to right. */
    private static List<List<Run>> rows(List<Run> runs) {
        List<Run> sorted = new ArrayList<>(runs);
        sorted.sort(Comparator.comparingDouble(Run::y).thenComparingDouble(Run::xMin));
        List<List<Run>> rows = new ArrayList<>();
        for (Run run : sorted) {
            List<Run> last = rows.isEmpty() ? null : rows.get(rows.size() - 1);
            if (last != null && Math.abs(last.get(0).y() - run.y()) < run.height() * 0.5f) {
                last.add(run);
                last.sort(Comparator.comparingDouble(Run::xMin));
            } else {
                List<Run> row = new ArrayList<>();
                row.add(run);
                rows.add(row);
            }
        }
        return rows;
    }
}
