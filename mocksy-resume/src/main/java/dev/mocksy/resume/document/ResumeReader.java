package dev.mocksy.resume.document;

import dev.mocksy.llm.LanguageModel;
import dev.mocksy.llm.interviewer.LlmProfileExtractor;
import dev.mocksy.resume.CandidateProfile;
import dev.mocksy.resume.JobDescription;
import dev.mocksy.resume.ProfileExtractor;
import dev.mocksy.resume.ResumeDocument;
import dev.mocksy.resume.ResumeParser;
import dev.mocksy.spi.Capability;
import dev.mocksy.spi.ProviderConfig;
import dev.mocksy.spi.ProviderRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * Turns files into profiles in one call: the resume parser and profile extractor chosen by the provider registry (by
 * default {@link DocumentResumeParser} and the heuristic extractor).
 *
 * <pre>{@code
 * ResumeReader reader = ResumeReader.create();
 * CandidateProfile profile = reader.profile(Path.of("cv.pdf"), Path.of("job.txt"));   // job may be null
 * }</pre>
 */
public final class ResumeReader {

    private final ResumeParser parser;
    private final ProfileExtractor extractor;

    public ResumeReader(ResumeParser parser, ProfileExtractor extractor) {
        this.parser = Objects.requireNonNull(parser, "parser");
        this.extractor = Objects.requireNonNull(extractor, "extractor");
    }

    /** A reader over the providers on the class path, configured by system properties and environment. */
    public static ResumeReader create() {
        return create(ProviderConfig.of(Map.of()));
    }

    /** A reader over the providers on the class path with these settings (e.g. {@code mocksy.resume.max-pages}). */
    public static ResumeReader create(ProviderConfig config) {
        ProviderRegistry registry = ProviderRegistry.create();
        return new ResumeReader(
                registry.create(Capability.RESUME_PARSER, config),
                registry.create(Capability.PROFILE_EXTRACTOR, config));
    }

    /**
     * A reader whose profiles a language model refines; the heuristic profile is still computed and answers
     * whenever the model fails. Contact details are redacted from what the model sees.
     */
    public ResumeReader withLanguageModel(LanguageModel model) {
        return new ResumeReader(parser, new LlmProfileExtractor(model, extractor));
    }

    /**
     * Reads one file's text, whatever its format.
     *
     * @throws dev.mocksy.resume.ResumeRejectedException when the file breaks a limit or is not a document
     * @throws UncheckedIOException when the file cannot be opened
     */
    public ResumeDocument document(Path file) {
        Objects.requireNonNull(file, "file");
        try (InputStream in = Files.newInputStream(file)) {
            return parser.parse(in, file.getFileName().toString());
        } catch (NoSuchFileException e) {
            throw new UncheckedIOException("no such file: " + file, e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * The candidate profile of a resume file, read in the light of a job description file when one is given.
     *
     * @param resume the resume (PDF, DOCX, DOC, RTF, HTML, Markdown or text)
     * @param jobDescription the job description in any of those formats, or {@code null}
     */
    public CandidateProfile profile(Path resume, Path jobDescription) {
        ResumeDocument document = document(resume);
        return extractor.extract(
                document,
                jobDescription == null ? null : document(jobDescription).text());
    }

    /** The parsed job description of a file. */
    public JobDescription jobDescription(Path file) {
        return JobDescription.parse(document(file).text());
    }
}
