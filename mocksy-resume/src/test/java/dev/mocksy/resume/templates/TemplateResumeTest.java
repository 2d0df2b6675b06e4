package dev.mocksy.resume.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mocksy.internal.MocksyJson;
import dev.mocksy.resume.CandidateProfile;
import dev.mocksy.resume.ExperienceEntry;
import dev.mocksy.resume.HeuristicProfileExtractor;
import dev.mocksy.resume.JobFamily;
import dev.mocksy.resume.ResumeDocument;
import dev.mocksy.resume.Skill;
import dev.mocksy.resume.SkillTaxonomy;
import dev.mocksy.resume.document.DocumentResumeParser;
import dev.mocksy.resume.document.ResumeLimits;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Resumes rendered by real generators (moderncv and an article layout through pdflatex, pandoc to DOCX and PDF,
 * LibreOffice from HTML to DOCX to PDF; see {@code src/test/templates/regenerate.sh}), each read from file to profile
 * and checked against what a careful reader annotates by hand: name, every position with its dates, years,
 * internships shown apart, level, the month "Present" stands for and where it came from, and every skill.
 */
class TemplateResumeTest {

    /** Later than every document date, so that "Present" is the document's own date wherever it has one. */
    private static final Clock TODAY = Clock.fixed(Instant.parse("2026-12-15T00:00:00Z"), ZoneOffset.UTC);

    private static final Path TEMPLATES = Path.of("src/test/resources/templates");

    static List<Path> expectations() throws IOException {
        try (Stream<Path> files = Files.list(TEMPLATES)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".expected.json"))
                    .sorted()
                    .toList();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("expectations")
    void should_read_the_profile_a_reader_sees_when_the_resume_comes_from_a_real_template(Path expectation)
            throws IOException {
        JsonNode expected = MocksyJson.mapper().readTree(expectation.toFile());
        Path file = TEMPLATES.resolve(expected.get("file").asText());
        ResumeDocument document;
        try (InputStream in = Files.newInputStream(file)) {
            document = new DocumentResumeParser(ResumeLimits.DEFAULT)
                    .parse(in, file.getFileName().toString());
        }

        CandidateProfile profile =
                new HeuristicProfileExtractor(SkillTaxonomy.standard(), TODAY).extract(document, null);

        assertThat(profile.contact().name())
                .as("name")
                .isEqualTo(expected.get("name").asText());
        List<String> positions = new ArrayList<>();
        for (ExperienceEntry entry : profile.experience()) {
            positions.add(entry.title() + " " + entry.start() + ".." + entry.end()
                    + (entry.internship() ? " (student)" : ""));
        }
        List<String> expectedPositions = new ArrayList<>();
        for (JsonNode p : expected.get("positions")) {
            expectedPositions.add(p.get("title").asText() + " " + p.get("start").asText() + ".."
                    + (p.get("end").isNull() ? null : p.get("end").asText())
                    + (p.get("internship").asBoolean() ? " (student)" : ""));
        }
        assertThat(positions).as("positions").containsExactlyElementsOf(expectedPositions);
        assertThat(profile.yearsOfExperience())
                .as("years")
                .isCloseTo(expected.get("years").asDouble(), within(0.05));
        if (expected.get("internshipYears").isNull()) {
            assertThat(profile.internshipYears()).as("internship years").isNull();
        } else {
            assertThat(profile.internshipYears())
                    .as("internship years")
                    .isCloseTo(expected.get("internshipYears").asDouble(), within(0.05));
        }
        assertThat(profile.careerStage().id())
                .as("seniority")
                .isEqualTo(expected.get("seniority").asText());
        assertThat(profile.asOf().month())
                .as("present is")
                .isEqualTo(expected.get("asOf").asText());
        assertThat(profile.asOf().source().id())
                .as("present from")
                .isEqualTo(expected.get("asOfSource").asText());
        List<String> families = new ArrayList<>();
        expected.get("families").forEach(f -> families.add(f.asText()));
        assertThat(profile.jobFamilies().stream().map(JobFamily::id))
                .as("job families")
                .containsAll(families);
        Set<String> skills = new TreeSet<>();
        expected.get("skills").forEach(s -> skills.add(s.asText()));
        assertThat(new TreeSet<>(profile.skills().stream().map(Skill::name).toList()))
                .as("skills")
                .isEqualTo(skills);
    }
}
