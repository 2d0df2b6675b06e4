package dev.mocksy.report;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A report as an e-mail: one recipient, a subject, a plain-text and an HTML body, and attachments.
 *
 * @param to the recipient's address
 * @param subject the subject line
 * @param text the plain-text body
 * @param html the HTML body
 * @param attachments files attached, e.g. the PDF report
 */
public record ReportEmail(String to, String subject, String text, String html, List<Attachment> attachments) {

    // Deliberately loose: the mail server is the judge of an address; this catches typing slips early.
    private static final Pattern ADDRESS = Pattern.compile("[^@\\s<>,;]+@[^@\\s<>,;]+\\.[^@\\s<>,;]+");

    public ReportEmail {
        if (to == null || !ADDRESS.matcher(to.strip()).matches()) {
            throw new IllegalArgumentException("'" + to + "' is not an e-mail address; give one like name@example.com");
        }
        to = to.strip();
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(html, "html");
        attachments = List.copyOf(attachments);
    }

    /**
     * A file attached to the message.
     *
     * @param fileName its name, e.g. {@code report.pdf}
     * @param mediaType e.g. {@code application/pdf}
     * @param content its bytes (copied)
     */
    public record Attachment(String fileName, String mediaType, byte[] content) {
        public Attachment {
            Objects.requireNonNull(fileName, "fileName");
            Objects.requireNonNull(mediaType, "mediaType");
            content = Objects.requireNonNull(content, "content").clone();
        }

        @Override
        public byte[] content() {
            return content.clone();
        }
    }

    /** A builder for {@link ReportEmail}; every field is checked when {@link Builder#build()} runs. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this value's fields, to change some of them. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Builds a {@link ReportEmail}. */
    public static final class Builder {
        private String to;
        private String subject;
        private String text;
        private String html;
        private List<Attachment> attachments = List.of();

        private Builder() {}

        private Builder(ReportEmail source) {
            to = source.to;
            subject = source.subject;
            text = source.text;
            html = source.html;
            attachments = source.attachments;
        }

        public Builder to(String to) {
            this.to = to;
            return this;
        }

        public Builder subject(String subject) {
            this.subject = subject;
            return this;
        }

        public Builder text(String text) {
            this.text = text;
            return this;
        }

        public Builder html(String html) {
            this.html = html;
            return this;
        }

        public Builder attachments(List<Attachment> attachments) {
            this.attachments = attachments;
            return this;
        }

        /**
         * Builds the value.
         *
         * @throws IllegalArgumentException or {@link NullPointerException} naming the field that is missing or
         *     out of range
         */
        public ReportEmail build() {
            return new ReportEmail(to, subject, text, html, attachments);
        }
    }
}
