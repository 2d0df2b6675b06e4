package dev.mocksy.report;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The formats a report can be written in. */
public enum ReportFormat {
    JSON("json", "application/json"),
    MARKDOWN("md", "text/markdown"),
    HTML("html", "text/html"),
    PDF("pdf", "application/pdf");

    private final String extension;
    private final String mediaType;

    ReportFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    /** The file name extension, without the dot. */
    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }

    /**
     * The format of a name or extension such as {@code pdf}, {@code html} or {@code markdown}.
     *
     * @throws IllegalArgumentException listing the formats when none matches
     */
    public static ReportFormat parse(String text) {
        String wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        for (ReportFormat format : values()) {
            if (format.extension.equals(wanted)
                    || format.name().toLowerCase(Locale.ROOT).equals(wanted)) {
                return format;
            }
        }
        throw new IllegalArgumentException("unknown report format '" + text + "'; choose one of "
                + Arrays.stream(values()).map(f -> f.extension).collect(Collectors.joining(", ")));
    }
}
