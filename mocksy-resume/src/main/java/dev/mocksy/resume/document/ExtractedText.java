package dev.mocksy.resume.document;

import java.time.LocalDate;

/**
 * Text pulled out of one file, with its page count (1 for formats without pages) and the creation date the file
 * records, or {@code null}.
 */
record ExtractedText(String text, int pages, LocalDate created) {

    ExtractedText(String text, int pages) {
        this(text, pages, null);
    }
}
