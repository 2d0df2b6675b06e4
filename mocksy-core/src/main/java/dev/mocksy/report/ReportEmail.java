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
}
