package dev.mocksy.report;

/**
 * Renders a report into a document format, such as PDF; reached through {@code Mocksy.renderReport}.
 *
 * <p>Implementations lay the report out with {@link ReportContent#layout()}, so every format shows the same content
 * and charts.
 */
public interface ReportRenderer {

    /** The media type of what {@link #render} returns, e.g. {@code application/pdf}. */
    String mediaType();

    /** The file name extension, without the dot, e.g. {@code pdf}. */
    String fileExtension();

    /**
     * The document's bytes.
     *
     * @throws dev.mocksy.MocksyException when it cannot be rendered, saying why
     */
    byte[] render(ReportContent content);
}
