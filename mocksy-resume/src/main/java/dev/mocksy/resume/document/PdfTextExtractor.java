package dev.mocksy.resume.document;

import dev.mocksy.resume.ResumeRejectedException;
import dev.mocksy.resume.ResumeRejectedException.Reason;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Calendar;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/** Reads the text layer of a PDF with PDFBox, refusing encrypted, over-long and scanned (image-only) files. */
final class PdfTextExtractor {

    /** Fewer visible characters per page than this means the pages are pictures of text. */
    private static final int MIN_CHARS_PER_PAGE = 40;

    private final ResumeLimits limits;

    PdfTextExtractor(ResumeLimits limits) {
        this.limits = limits;
    }

    ExtractedText extract(byte[] bytes, String name) {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            int pages = document.getNumberOfPages();
            if (pages == 0) {
                throw new ResumeRejectedException(Reason.EMPTY, name, "the PDF has no pages");
            }
            if (pages > limits.maxPages()) {
                throw new ResumeRejectedException(
                        Reason.TOO_MANY_PAGES,
                        name,
                        "the PDF has " + pages + " pages, more than the limit of " + limits.maxPages()
                                + "; a resume is usually one or two pages: send the resume alone");
            }
            String text = new ReadingOrderTextStripper().read(document);
            long visible =
                    text.codePoints().filter(c -> !Character.isWhitespace(c)).count();
            if (visible < (long) MIN_CHARS_PER_PAGE * Math.min(pages, 2)) {
                if (hasImages(document)) {
                    throw new ResumeRejectedException(
                            Reason.NO_TEXT_LAYER,
                            name,
                            "the PDF has no text layer (it looks like a scan or a picture of text) and OCR is not "
                                    + "enabled; export the resume from your word processor as PDF, or paste its text");
                }
                if (visible == 0) {
                    throw new ResumeRejectedException(Reason.EMPTY, name, "the PDF contains no text");
                }
            }
            return new ExtractedText(text, pages, created(document));
        } catch (InvalidPasswordException e) {
            throw new ResumeRejectedException(
                    Reason.ENCRYPTED,
                    name,
                    "the PDF is protected by a password; export or print it again without a password",
                    e);
        } catch (IOException e) {
            throw new ResumeRejectedException(
                    Reason.CORRUPT,
                    name,
                    "the PDF is damaged or cut short (" + e.getMessage() + "); download or export it again",
                    e);
        }
    }

    /** The creation date in the document information, in UTC; null when missing or unreadable. */
    private static LocalDate created(PDDocument document) {
        Calendar created = document.getDocumentInformation().getCreationDate();
        return created == null ? null : LocalDate.ofInstant(created.toInstant(), ZoneOffset.UTC);
    }

    private static boolean hasImages(PDDocument document) throws IOException {
        for (PDPage page : document.getPages()) {
            PDResources resources = page.getResources();
            if (resources == null) {
                continue;
            }
            for (COSName xObject : resources.getXObjectNames()) {
                if (resources.isImageXObject(xObject)) {
                    return true;
                }
            }
        }
        return false;
    }
}
