package dev.mocksy.resume.document;

import dev.mocksy.MocksyException;
import dev.mocksy.resume.ResumeDocument;
import dev.mocksy.resume.ResumeParser;
import dev.mocksy.resume.ResumeRejectedException;
import dev.mocksy.resume.ResumeRejectedException.Reason;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;

/**
 * Reads PDF, DOCX, DOC, RTF, HTML, Markdown and plain-text resumes, choosing the reader by the file's content (its
 * magic bytes and container structure), never by its name.
 *
 * <pre>{@code
 * ResumeParser parser = new DocumentResumeParser(ResumeLimits.DEFAULT);
 * try (InputStream in = Files.newInputStream(path)) {
 *     ResumeDocument document = parser.parse(in, path.getFileName().toString());
 * }
 * }</pre>
 *
 * <p>Every limit in {@link ResumeLimits} is checked; a file that breaks one, or that is not a document, is refused
 * with a {@link ResumeRejectedException} whose reason and message say what to do. Thread-safe.
 */
public final class DocumentResumeParser implements ResumeParser {

    private static final ExecutorService WORKERS = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "mocksy-resume-parser");
        thread.setDaemon(true);
        return thread;
    });
    private static final Pattern TRAILING_SPACE = Pattern.compile("[ \\t\\u00A0]+(?=\\n)");
    private static final Pattern BLANK_LINES = Pattern.compile("\\n{3,}");
    private static final Pattern ODD_SPACE = Pattern.compile("[\\u00A0\\u2000-\\u200A\\u202F\\u205F\\u3000]");

    private final ResumeLimits limits;
    private final ContentTypeDetector detector = new ContentTypeDetector();
    private final PdfTextExtractor pdf;
    private final OfficeTextExtractor office;
    private final PlainTextDecoder plainText = new PlainTextDecoder();
    private final ZipBombGuard zipBombGuard;

    public DocumentResumeParser(ResumeLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.pdf = new PdfTextExtractor(limits);
        this.office = new OfficeTextExtractor(limits);
        this.zipBombGuard = new ZipBombGuard(limits);
    }

    /** The limits this parser enforces. */
    public ResumeLimits limits() {
        return limits;
    }

    @Override
    public ResumeDocument parse(InputStream content, String fileName) {
        Objects.requireNonNull(content, "content");
        String name = fileName == null || fileName.isBlank() ? "resume" : fileName;
        byte[] bytes = readLimited(content, name);
        Future<ResumeDocument> job = WORKERS.submit(() -> extract(bytes, name));
        try {
            return job.get(limits.timeLimit().toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            job.cancel(true);
            throw new ResumeRejectedException(
                    Reason.TIMEOUT,
                    name,
                    "reading took longer than the time limit of "
                            + describe(limits.timeLimit())
                            + "; the document is unusually complex: export it again as a plain PDF or paste its text");
        } catch (InterruptedException e) {
            job.cancel(true);
            Thread.currentThread().interrupt();
            throw new ResumeRejectedException(Reason.TIMEOUT, name, "interrupted while reading", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof MocksyException known) {
                throw known;
            }
            if (cause instanceof UncheckedIOException io) {
                throw io;
            }
            if (cause instanceof OutOfMemoryError) {
                throw new ResumeRejectedException(
                        Reason.TOO_LARGE, name, "the document needs more memory than is available to read it", cause);
            }
            // A library tripping over a malformed structure (an index out of bounds, a stack overflow on a
            // self-referencing object) is a damaged file, not a bug the caller can act on.
            throw new ResumeRejectedException(
                    Reason.CORRUPT,
                    name,
                    "the file is damaged and could not be read ("
                            + cause.getClass().getSimpleName() + "); save or export it again",
                    cause);
        }
    }

    private ResumeDocument extract(byte[] bytes, String name) {
        if (isZip(bytes)) {
            // Before detection too: telling a DOCX from a plain ZIP already means opening the archive.
            zipBombGuard.check(bytes, name);
        }
        DocumentType type = detector.detect(bytes, name);
        ExtractedText extracted =
                switch (type) {
                    case PDF -> pdf.extract(bytes, name);
                    case DOCX -> office.extractDocx(bytes, name);
                    case DOC -> office.extractDoc(bytes, name);
                    case RTF -> office.extractRtf(bytes, name);
                    case HTML -> office.extractHtml(bytes, name);
                    case MARKDOWN, TEXT -> new ExtractedText(plainText.decode(bytes, type), 1);
                };
        String text = normalize(extracted.text());
        if (text.isBlank()) {
            throw new ResumeRejectedException(
                    Reason.EMPTY,
                    name,
                    "the " + type.displayName() + " contains no text; check that it is the right file");
        }
        return new ResumeDocument(text, type.mediaType(), extracted.pages(), extracted.created());
    }

    private byte[] readLimited(InputStream content, String name) {
        byte[] bytes;
        try {
            bytes = content.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, limits.maxBytes() + 1));
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + name, e);
        }
        if (bytes.length > limits.maxBytes()) {
            throw new ResumeRejectedException(
                    Reason.TOO_LARGE,
                    name,
                    "the file is larger than the limit of " + limits.maxBytes() / 1024
                            + " KB; a resume rarely needs more than 1 MB: remove embedded images or export it as PDF");
        }
        if (bytes.length == 0) {
            throw new ResumeRejectedException(Reason.EMPTY, name, "the file is empty (0 bytes)");
        }
        return bytes;
    }

    private static String describe(java.time.Duration duration) {
        return duration.toMillis() >= 1 ? duration.toMillis() + " ms" : duration.toNanos() + " ns";
    }

    private static boolean isZip(byte[] bytes) {
        return bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
    }

    /** Folds ligatures and exotic spaces so that skill and date matching sees ordinary characters. */
    static String normalize(String text) {
        String folded = Normalizer.normalize(text.replace("\r\n", "\n").replace('\r', '\n'), Normalizer.Form.NFKC);
        folded = ODD_SPACE.matcher(folded).replaceAll(" ");
        folded = TRAILING_SPACE.matcher(folded).replaceAll("");
        return BLANK_LINES.matcher(folded).replaceAll("\n\n").strip();
    }
}
