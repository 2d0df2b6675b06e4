package dev.mocksy.report.pdf;

import dev.mocksy.UnsupportedInputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * The font of one document: a Unicode TrueType font embedded as a subset (the configured file, else the Liberation
 * Sans that PDFBox ships), so candidates' answers in any Latin, Greek or Cyrillic script print as typed; a character
 * the font lacks prints as {@code ?} rather than failing the report.
 */
final class PdfFonts {

    private static final String BUNDLED = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    private final PDFont font;
    private final Map<Integer, Boolean> printable = new HashMap<>();

    private PdfFonts(PDFont font) {
        this.font = font;
    }

    /**
     * The font for {@code document}.
     *
     * @param fontFile a TrueType font to use instead of the bundled one, or {@code null}
     * @throws UnsupportedInputException when {@code fontFile} cannot be read as a TrueType font
     */
    static PdfFonts load(PDDocument document, Path fontFile) throws IOException {
        if (fontFile != null) {
            if (!Files.isRegularFile(fontFile)) {
                throw new UnsupportedInputException("the report font " + fontFile + " does not exist; set"
                        + " mocksy.report-pdf.font to a .ttf file or leave it unset for the bundled font");
            }
            try (InputStream in = Files.newInputStream(fontFile)) {
                return new PdfFonts(PDType0Font.load(document, in));
            } catch (IOException e) {
                throw new UnsupportedInputException(
                        "the report font " + fontFile + " is not a TrueType font PDFBox can embed: " + e.getMessage());
            }
        }
        try (InputStream in = PDDocument.class.getResourceAsStream(BUNDLED)) {
            if (in != null) {
                return new PdfFonts(PDType0Font.load(document, in));
            }
        }
        // Without the bundled font, the standard Helvetica: Western European text only.
        return new PdfFonts(new PDType1Font(Standard14Fonts.FontName.HELVETICA));
    }

    PDFont font() {
        return font;
    }

    /** The text with characters the font cannot show replaced by '?', and control characters by spaces. */
    String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp == '\t' || cp == '\n' || cp == '\r' || Character.isISOControl(cp)) {
                out.append(' ');
            } else if (printable.computeIfAbsent(cp, this::canShow)) {
                out.appendCodePoint(cp);
            } else {
                out.append('?');
            }
        });
        return out.toString();
    }

    /** The width of {@code text} (already printable) at {@code size}, in points. */
    float width(String text, float size) throws IOException {
        return font.getStringWidth(text) / 1000f * size;
    }

    private boolean canShow(int codePoint) {
        try {
            font.encode(new String(Character.toChars(codePoint)));
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }
}
