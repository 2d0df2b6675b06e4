package dev.mocksy.report.pdf;

import dev.mocksy.MocksyException;
import dev.mocksy.report.ReportContent;
import dev.mocksy.report.ReportRenderer;
import dev.mocksy.report.layout.ReportLayout;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Objects;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/**
 * Renders a report as an A4 PDF with PDFBox: the same laid-out content as the HTML report (see
 * {@link ReportContent#layout()}), the charts drawn as vector graphics, the text in an embedded Unicode font.
 *
 * <pre>{@code
 * byte[] pdf = new PdfReportRenderer().render(mocksy.reportContent(sessionId));
 * }</pre>
 *
 * <p>Thread-safe: each call builds its own document.
 */
public final class PdfReportRenderer implements ReportRenderer {

    private final Path fontFile;

    /** With the font PDFBox ships (Liberation Sans). */
    public PdfReportRenderer() {
        this(null);
    }

    /** With another TrueType font, for scripts Liberation Sans lacks; {@code null} for the bundled one. */
    public PdfReportRenderer(Path fontFile) {
        this.fontFile = fontFile;
    }

    @Override
    public String mediaType() {
        return "application/pdf";
    }

    @Override
    public String fileExtension() {
        return "pdf";
    }

    /**
     * @throws dev.mocksy.UnsupportedInputException when the configured font cannot be used
     * @throws MocksyException when PDFBox fails to write the document
     */
    @Override
    public byte[] render(ReportContent content) {
        Objects.requireNonNull(content, "content");
        ReportLayout layout = content.layout();
        try (PDDocument document = new PDDocument()) {
            PdfFonts fonts = PdfFonts.load(document, fontFile);
            new PdfLayoutWriter(
                            document,
                            fonts,
                            "Mocksy report · session " + content.report().sessionId())
                    .write(layout);
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(layout.title());
            info.setSubject(layout.subtitle());
            info.setCreator("Mocksy");
            Calendar created = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
            created.setTimeInMillis(content.report().generatedAt().toEpochMilli());
            info.setCreationDate(created);
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new MocksyException("could not write the PDF report: " + e.getMessage(), e);
        }
    }
}
