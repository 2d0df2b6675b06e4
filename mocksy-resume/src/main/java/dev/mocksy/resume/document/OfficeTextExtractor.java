package dev.mocksy.resume.document;

import dev.mocksy.resume.ResumeRejectedException;
import dev.mocksy.resume.ResumeRejectedException.Reason;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.Office;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.html.JSoupParser;
import org.apache.tika.parser.microsoft.OfficeParser;
import org.apache.tika.parser.microsoft.ooxml.OOXMLParser;
import org.apache.tika.parser.microsoft.rtf.RTFParser;
import org.apache.tika.sax.BodyContentHandler;
import org.xml.sax.SAXException;

/** Reads DOCX, DOC, RTF and HTML through the matching Tika parser, called directly rather than auto-detected. */
final class OfficeTextExtractor {

    /** Far more than any resume; stops a crafted document from filling memory with text. */
    private static final int MAX_CHARS = 1_000_000;

    private final ResumeLimits limits;
    private final Parser docx = new OOXMLParser();
    private final Parser doc = new OfficeParser();
    private final Parser rtf = new RTFParser();
    private final Parser html = new JSoupParser();

    OfficeTextExtractor(ResumeLimits limits) {
        this.limits = limits;
    }

    ExtractedText extractDocx(byte[] bytes, String name) {
        return parse(docx, bytes, name, "Word document");
    }

    ExtractedText extractDoc(byte[] bytes, String name) {
        return parse(doc, bytes, name, "Word 97-2003 document");
    }

    ExtractedText extractRtf(byte[] bytes, String name) {
        return parse(rtf, bytes, name, "RTF document");
    }

    ExtractedText extractHtml(byte[] bytes, String name) {
        return parse(html, bytes, name, "HTML page");
    }

    private ExtractedText parse(Parser parser, byte[] bytes, String name, String kind) {
        BodyContentHandler handler = new BodyContentHandler(MAX_CHARS);
        Metadata metadata = new Metadata();
        try (TikaInputStream stream = TikaInputStream.get(bytes)) {
            parser.parse(stream, handler, metadata, new ParseContext());
        } catch (EncryptedDocumentException e) {
            throw new ResumeRejectedException(
                    Reason.ENCRYPTED,
                    name,
                    "the " + kind + " is protected by a password; save a copy without the password and try again",
                    e);
        } catch (IOException | SAXException | TikaException | RuntimeException e) {
            if (WriteLimitReachedException.isWriteLimitReached(e)) {
                throw new ResumeRejectedException(
                        Reason.TOO_LARGE,
                        name,
                        "the " + kind + " holds more than " + MAX_CHARS + " characters of text");
            }
            if (isEncrypted(e)) {
                throw new ResumeRejectedException(
                        Reason.ENCRYPTED,
                        name,
                        "the " + kind + " is protected by a password; save a copy without the password and try again",
                        e);
            }
            throw new ResumeRejectedException(
                    Reason.CORRUPT,
                    name,
                    "the " + kind + " is damaged or cut short (" + rootMessage(e) + "); save or download it again",
                    e);
        }
        Integer pages = metadata.getInt(Office.PAGE_COUNT);
        if (pages != null && pages > limits.maxPages()) {
            throw new ResumeRejectedException(
                    Reason.TOO_MANY_PAGES,
                    name,
                    "the " + kind + " has " + pages + " pages, more than the limit of " + limits.maxPages()
                            + "; a resume is usually one or two pages: send the resume alone");
        }
        return new ExtractedText(
                handler.toString(),
                pages == null || pages < 1 ? 1 : pages,
                created(metadata.getDate(TikaCoreProperties.CREATED)));
    }

    private static LocalDate created(Date date) {
        return date == null ? null : LocalDate.ofInstant(date.toInstant(), ZoneOffset.UTC);
    }

    private static boolean isEncrypted(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof EncryptedDocumentException || t instanceof org.apache.poi.EncryptedDocumentException) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
    }
}
