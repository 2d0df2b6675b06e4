package dev.mocksy.resume.document;

import dev.mocksy.resume.ResumeRejectedException;
import dev.mocksy.resume.ResumeRejectedException.Reason;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;

/**
 * Tells a document's type from its bytes alone with Tika's detectors (magic bytes, then the ZIP or OLE2 container's
 * structure); the file name is deliberately not given to Tika, so a renamed file is read as what it really is.
 */
final class ContentTypeDetector {

    private static final Set<String> DOCX = Set.of(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.template",
            "application/vnd.ms-word.document.macroenabled.12",
            "application/vnd.ms-word.template.macroenabled.12");
    private static final Set<String> DOC = Set.of("application/msword", "application/vnd.ms-word");
    private static final Set<String> HTML = Set.of("text/html", "application/xhtml+xml");
    private static final Set<String> ENCRYPTED = Set.of("application/x-tika-ooxml-protected");
    private static final Set<String> EXECUTABLE_PREFIXES = Set.of(
            "application/x-dosexec",
            "application/x-msdownload",
            "application/x-executable",
            "application/x-sharedlib",
            "application/x-elf",
            "application/x-mach-o",
            "application/x-ms-installer",
            "application/java-archive");
    private static final Pattern MARKDOWN = Pattern.compile("(?m)^(#{1,6} \\S|[-*] \\S.*$\\n[-*] \\S|\\*\\*\\S)");

    private final TikaConfig tika = TikaConfig.getDefaultConfig();
    private final Detector detector = tika.getDetector();
    private final MediaTypeRegistry registry = tika.getMediaTypeRegistry();

    /**
     * The document type of the bytes.
     *
     * @throws ResumeRejectedException when the bytes are not a supported document, naming what they are
     */
    DocumentType detect(byte[] bytes, String fileName) {
        MediaType detected;
        try (TikaInputStream stream = TikaInputStream.get(bytes)) {
            detected = detector.detect(stream, new Metadata());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String base = detected.getBaseType().toString();
        if (base.equals("application/pdf")) {
            return DocumentType.PDF;
        }
        if (DOCX.contains(base)) {
            return DocumentType.DOCX;
        }
        if (DOC.contains(base)) {
            return DocumentType.DOC;
        }
        if (base.equals("application/rtf") || base.equals("text/rtf")) {
            return DocumentType.RTF;
        }
        if (HTML.contains(base)) {
            return DocumentType.HTML;
        }
        if (ENCRYPTED.contains(base)) {
            throw new ResumeRejectedException(
                    Reason.ENCRYPTED,
                    fileName,
                    "the Word document is protected by a password; save a copy without the password and try again");
        }
        if (base.equals("text/plain")
                || base.equals("text/markdown")
                || base.equals("text/x-web-markdown")
                || registry.isInstanceOf(detected.getBaseType(), MediaType.TEXT_PLAIN)) {
            return MARKDOWN.matcher(new String(
                                    bytes,
                                    0,
                                    Math.min(bytes.length, 16_384),
                                    java.nio.charset.StandardCharsets.ISO_8859_1))
                            .find()
                    ? DocumentType.MARKDOWN
                    : DocumentType.TEXT;
        }
        throw new ResumeRejectedException(Reason.UNSUPPORTED_TYPE, fileName, describeRefusal(base));
    }

    private static String describeRefusal(String base) {
        String what = EXECUTABLE_PREFIXES.stream().anyMatch(base::startsWith)
                ? "an executable program (" + base + "), not a document"
                : base.equals("application/zip")
                        ? "a ZIP archive that is not a Word document"
                        : base.equals("application/x-tika-msoffice")
                                ? "an Office file that is not a Word document, or damaged"
                                : base.startsWith("image/")
                                        ? "an image (" + base + "); OCR is not enabled"
                                        : base.equals("application/octet-stream")
                                                ? "unrecognised binary data"
                                                : "of type " + base;
        return "the content is " + what
                + "; accepted are PDF, DOCX, DOC, RTF, HTML, Markdown and plain text (the type is read from the "
                + "content, not the file name)";
    }
}
