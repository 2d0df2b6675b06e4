package dev.mocksy.resume.document;

/** The document formats a resume may come in. */
enum DocumentType {
    PDF("application/pdf", "PDF"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word document (DOCX)"),
    DOC("application/msword", "Word 97-2003 document (DOC)"),
    RTF("application/rtf", "RTF document"),
    HTML("text/html", "HTML page"),
    MARKDOWN("text/markdown", "Markdown text"),
    TEXT("text/plain", "text file");

    private final String mediaType;
    private final String displayName;

    DocumentType(String mediaType, String displayName) {
        this.mediaType = mediaType;
        this.displayName = displayName;
    }

    String mediaType() {
        return mediaType;
    }

    String displayName() {
        return displayName;
    }
}
