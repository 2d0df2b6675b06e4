package dev.mocksy.resume;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The text of a resume or job description, as extracted from its file.
 *
 * @param text the plain text in reading order
 * @param mediaType the detected type, e.g. {@code "application/pdf"}
 * @param pages the number of pages, or 1 for formats without pages
 * @param created the creation date the file records about itself (PDF document information, Office core properties),
 *     or {@code null}; a resume's "Present" is measured to it when the text gives no date
 */
public record ResumeDocument(String text, String mediaType, int pages, LocalDate created) {

    public ResumeDocument {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(mediaType, "mediaType");
        if (pages < 1) {
            throw new IllegalArgumentException("pages must be at least 1, got " + pages);
        }
    }

    /** A document whose file records no creation date. */
    public ResumeDocument(String text, String mediaType, int pages) {
        this(text, mediaType, pages, null);
    }

    /** A builder for {@link ResumeDocument}; every field is checked when {@link Builder#build()} runs. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this value's fields, to change some of them. */
    public Builder toBuilder() {
        return new Builder().text(text).mediaType(mediaType).pages(pages).created(created);
    }

    /** Builds a {@link ResumeDocument}. */
    public static final class Builder {
        private String text;
        private String mediaType;
        private int pages = 1;
        private LocalDate created;

        private Builder() {}

        public Builder text(String text) {
            this.text = text;
            return this;
        }

        public Builder mediaType(String mediaType) {
            this.mediaType = mediaType;
            return this;
        }

        public Builder pages(int pages) {
            this.pages = pages;
            return this;
        }

        public Builder created(LocalDate created) {
            this.created = created;
            return this;
        }

        /**
         * Builds the value.
         *
         * @throws IllegalArgumentException or {@link NullPointerException} naming the field that is missing or out of
         *     range
         */
        public ResumeDocument build() {
            return new ResumeDocument(text, mediaType, pages, created);
        }
    }
}
