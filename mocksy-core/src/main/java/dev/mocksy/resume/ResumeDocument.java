package dev.mocksy.resume;

import java.util.Objects;

/**
 * The text of a resume or job description, as extracted from its file.
 *
 * @param text the plain text in reading order
 * @param mediaType the detected type, e.g. {@code "application/pdf"}
 * @param pages the number of pages, or 1 for formats without pages
 */
public record ResumeDocument(String text, String mediaType, int pages) {

    public ResumeDocument {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(mediaType, "mediaType");
    }
}
