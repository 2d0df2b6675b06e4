package dev.mocksy.resume.bench;

import dev.mocksy.resume.CandidateProfile;
import dev.mocksy.resume.HeuristicProfileExtractor;
import dev.mocksy.resume.ResumeDocument;
import dev.mocksy.resume.document.DocumentResumeParser;
import dev.mocksy.resume.document.ResumeLimits;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.xml.sax.SAXException;

/**
 * Parse + profile time per resume, next to Tika's AutoDetectParser extracting only the text of the same file.
 *
 * <p>Run from the repository root after {@code ./mvnw -pl mocksy-resume -am test-compile}:
 *
 * <pre>
 * java -cp "mocksy-resume/target/test-classes:mocksy-resume/target/classes:mocksy-core/target/classes:$(./mvnw -q -pl
 *     mocksy-resume dependency:build-classpath -Dmdep.outputFile=/dev/stdout)" org.openjdk.jmh.Main ResumeBenchmark
 * </pre>
 *
 * Sample-time mode reports the distribution: read p0.50 and p0.99 in the output.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Dorg.slf4j.simpleLogger.defaultLogLevel=error")
public class ResumeBenchmark {

    @Param({
        "15-rebecca-staff-twopage.pdf",
        "01-tomasz-java-single.pdf",
        "05-henrik-embedded-latex-twocolumn.pdf",
        "03-ines-devops-table.docx",
        "06-diego-qa-doc.doc"
    })
    public String file;

    private byte[] bytes;
    private DocumentResumeParser parser;
    private HeuristicProfileExtractor extractor;
    private AutoDetectParser tika;

    @Setup
    public void load() throws IOException {
        Path corpus = Path.of(System.getProperty("mocksy.corpus", "mocksy-resume/src/test/resources/corpus"));
        bytes = Files.readAllBytes(corpus.resolve(file));
        parser = new DocumentResumeParser(ResumeLimits.DEFAULT);
        extractor = new HeuristicProfileExtractor();
        tika = new AutoDetectParser();
    }

    /** What Mocksy does per upload: detect, extract text within the limits, then build the profile. */
    @Benchmark
    public CandidateProfile mocksyParseAndProfile() {
        ResumeDocument document = parser.parse(new ByteArrayInputStream(bytes), file);
        return extractor.extract(document, null);
    }

    /** The peer: Tika's own auto-detection and text extraction, no profile. */
    @Benchmark
    public String tikaAutoDetectText() throws IOException, SAXException, TikaException {
        BodyContentHandler handler = new BodyContentHandler(-1);
        tika.parse(new ByteArrayInputStream(bytes), handler, new Metadata(), new ParseContext());
        return handler.toString();
    }
}
