package dev.mocksy.resume;

import dev.mocksy.UnsupportedInputException;
import java.util.Objects;

/**
 * A resume or job description file that cannot be read; {@link #reason()} says which limit or defect was hit and
 * the message says what to do instead.
 */
public class ResumeRejectedException extends UnsupportedInputException {

    /** Why a file was refused. */
    public enum Reason {
        /** Zero bytes, or no text at all. */
        EMPTY,
        /** Larger than the configured size limit. */
        TOO_LARGE,
        /** More pages than the configured page limit. */
        TOO_MANY_PAGES,
        /** A type that is not a document (an executable, an image, an archive) or not supported. */
        UNSUPPORTED_TYPE,
        /** Protected by a password. */
        ENCRYPTED,
        /** A PDF made of images only (a scan); OCR is not enabled. */
        NO_TEXT_LAYER,
        /** A compressed document that expands far beyond its size (a zip bomb). */
        DECOMPRESSION_LIMIT,
        /** Cut short or damaged. */
        CORRUPT,
        /** Reading took longer than the configured time limit. */
        TIMEOUT
    }

    private final Reason reason;
    private final String fileName;

    public ResumeRejectedException(Reason reason, String fileName, String message) {
        this(reason, fileName, message, null);
    }

    public ResumeRejectedException(Reason reason, String fileName, String message, Throwable cause) {
        super(fileName + ": " + message, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
        this.fileName = fileName;
    }

    /** Which limit or defect was hit. */
    public Reason reason() {
        return reason;
    }

    /** The file's name as the caller gave it. */
    public String fileName() {
        return fileName;
    }
}
