package dev.mocksy.report;

import dev.mocksy.StoreException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Saves a report as {@code <sessionId>.json} and {@code <sessionId>.md} in a directory.
 *
 * <pre>{@code
 * ReportFiles.Saved saved = ReportFiles.save(report, MocksyHome.reports(config));
 * System.out.println("Report saved to " + saved.markdown());
 * }</pre>
 *
 * <p>Each file is written to a temporary file in the same directory and then moved over the target, so a reader never
 * sees half a report and a crash leaves the previous version intact.
 */
public final class ReportFiles {

    // The same rule as the file store's: a session id that is safe as a file name on every platform.
    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");

    private static final JsonReportWriter JSON = new JsonReportWriter();
    private static final MarkdownReportWriter MARKDOWN = new MarkdownReportWriter();

    /**
     * Where a report was saved.
     *
     * @param json the JSON file
     * @param markdown the Markdown file
     */
    public record Saved(Path json, Path markdown) {}

    private ReportFiles() {}

    /**
     * Writes both files, creating the directory if needed and replacing earlier files of the same session.
     *
     * @throws IllegalArgumentException when the session id is not safe as a file name (1-128 letters, digits, '.',
     *     '_' or '-', not starting with '.' or '-')
     * @throws StoreException when a file cannot be written; the message names the file
     */
    public static Saved save(InterviewReport report, Path directory) {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(directory, "directory");
        String id = report.sessionId();
        if (!SAFE_ID.matcher(id).matches()) {
            throw new IllegalArgumentException(
                    "session id must be 1-128 letters, digits, '.', '_' or '-' to name a report file, got '" + id
                            + "'");
        }
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new StoreException("could not create the report directory " + directory + ": " + e, e);
        }
        Path json = directory.resolve(id + ".json");
        Path markdown = directory.resolve(id + ".md");
        writeAtomically(json, JSON.write(report) + "\n");
        writeAtomically(markdown, MARKDOWN.write(report));
        return new Saved(json, markdown);
    }

    private static void writeAtomically(Path target, String content) {
        Path temp = null;
        try {
            temp = Files.createTempFile(target.getParent(), "." + target.getFileName() + ".", ".tmp");
            Files.writeString(temp, content, StandardCharsets.UTF_8);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            temp = null;
        } catch (IOException e) {
            throw new StoreException("could not write the report file " + target + ": " + e, e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // The write already failed and that is what the caller hears about; a stray temp file is harmless.
                }
            }
        }
    }
}
