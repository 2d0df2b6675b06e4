package dev.mocksy.resume.document;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.mocksy.resume.CandidateProfile;
import dev.mocksy.resume.HeuristicProfileExtractor;
import dev.mocksy.resume.ResumeDocument;
import dev.mocksy.resume.ResumeRejectedException;
import dev.mocksy.resume.SkillTaxonomy;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * Any bytes given as a resume are read into a profile or refused with a {@link ResumeRejectedException}: never
 * another exception from the parsers (PDFBox, Tika) or from the profile rules. Seeds: a resume as text, HTML, DOCX and
 * PDF.
 */
class ResumeReaderFuzzTest {

    private static final DocumentResumeParser PARSER = new DocumentResumeParser(ResumeLimits.DEFAULT);
    private static final HeuristicProfileExtractor EXTRACTOR = new HeuristicProfileExtractor(
            SkillTaxonomy.standard(), Clock.fixed(Instant.parse("2026-12-01T00:00:00Z"), ZoneOffset.UTC));

    @FuzzTest(maxDuration = "20s")
    void should_read_a_profile_or_refuse_the_file_with_a_typed_error(byte[] bytes) {
        ResumeDocument document;
        try {
            document = PARSER.parse(new ByteArrayInputStream(bytes), "resume");
        } catch (ResumeRejectedException refused) {
            assertThat(refused.reason()).isNotNull();
            assertThat(refused.getMessage()).isNotBlank();
            return;
        }
        CandidateProfile profile = EXTRACTOR.extract(document, null);
        assertThat(profile.experience()).allSatisfy(e -> assertThat(e.months()).isNotNegative());
        assertThat(profile.asOf()).isNotNull();
    }
}
