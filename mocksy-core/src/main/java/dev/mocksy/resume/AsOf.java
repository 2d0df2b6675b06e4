package dev.mocksy.resume;

import java.util.Locale;
import java.util.Objects;

/**
 * The month a resume's "Present" is measured to, and where that month came from.
 *
 * @param month the month, {@code yyyy-MM}
 * @param source where it was read
 * @param detail what was read, e.g. {@code "Updated October 2026"} or {@code "PDF creation date 2026-05-04"}
 */
public record AsOf(String month, Source source, String detail) {

    /** Where the month came from, most trusted first. */
    public enum Source {
        /** A dated line in the resume itself ("Updated October 2026", "As of 03/2025"). */
        DOCUMENT_TEXT,
        /** The file's own creation date (PDF document information, Office core properties). */
        DOCUMENT_METADATA,
        /** The document gave no usable date: the day the profile was made. */
        TODAY;

        /** The lower-case id used in JSON, e.g. {@code "document_text"}. */
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public AsOf {
        if (month == null || !month.matches("\\d{4}-\\d{2}")) {
            throw new IllegalArgumentException("month must be yyyy-MM, got " + month);
        }
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(detail, "detail");
    }
}
