package dev.mocksy.report.pdf;

import com.google.auto.service.AutoService;
import dev.mocksy.report.ReportRenderer;
import dev.mocksy.spi.ProviderContext;
import dev.mocksy.spi.ReportRendererProvider;
import java.nio.file.Path;

/**
 * PDF reports with PDFBox, found on the class path; setting {@code mocksy.report-pdf.font} names a TrueType font
 * file for scripts the bundled Liberation Sans lacks.
 */
@AutoService(ReportRendererProvider.class)
public final class PdfReportRendererProvider implements ReportRendererProvider {

    /** The setting naming a TrueType font file to embed instead of the bundled one. */
    public static final String FONT = "mocksy.report-pdf.font";

    @Override
    public String id() {
        return "pdfbox";
    }

    @Override
    public ReportRenderer create(ProviderContext context) {
        return new PdfReportRenderer(context.config().get(FONT).map(Path::of).orElse(null));
    }
}
