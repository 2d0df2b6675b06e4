package dev.mocksy.resume.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mocksy.internal.MocksyJson;
import dev.mocksy.resume.CandidateProfile;
import dev.mocksy.resume.HeuristicProfileExtractor;
import dev.mocksy.resume.JobFamily;
import dev.mocksy.resume.ResumeDocument;
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
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Scores the whole pipeline (file to profile) against hand-written expectations for the corpus of resumes made for
 * this project (see {@code src/test/corpus/}): skills precision and recall, years of experience, seniority.
 */
class ResumeCorpusTest {

    /** "Present" in the corpus means November 2026, when the expectations were written. */
    static final Clock CORPUS_CLOCK = Clock.fixed(Instant.parse("2026-11-15T00:00:00Z"), ZoneOffset.UTC);

    static final Path CORPUS = Path.of("src/test/resources/corpus");

    record Outcome(
            String file,
            Set<String> expected,
            Set<String> found,
            double expectedYears,
            Double years,
            String expectedSeniority,
            String seniority,
            List<String> expectedRoles,
            List<String> roles,
            boolean nameRight,
            boolean emailRight) {}

    static List<Path> expectations() throws IOException {
        try (Stream<Path> files = Files.list(CORPUS)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".expected.json"))
                    .sorted()
                    .toList();
        }
    }

    static List<Outcome> runCorpus() throws IOException {
        DocumentResumeParser parser = new DocumentResumeParser(ResumeLimits.DEFAULT);
        HeuristicProfileExtractor extractor = new HeuristicProfileExtractor(SkillTaxonomy.standard(), CORPUS_CLOCK);
        List<Outcome> outcomes = new ArrayList<>();
        for (Path expectation : expectations()) {
            JsonNode expected = MocksyJson.mapper().readTree(expectation.toFile());
            Path file = CORPUS.resolve(expected.get("file").asText());
            ResumeDocument document;
            try (InputStream in = Files.newInputStream(file)) {
                document = parser.parse(in, file.getFileName().toString());
            }
            CandidateProfile profile = extractor.extract(document, null);
            Set<String> expectedSkills = new TreeSet<>();
            expected.get("skills").forEach(s -> expectedSkills.add(s.asText()));
            Set<String> found = new TreeSet<>();
            profile.skills().forEach(s -> found.add(s.name()));
            List<String> expectedRoles = new ArrayList<>();
            expected.get("roles").forEach(r -> expectedRoles.add(r.asText()));
            outcomes.add(new Outcome(
                    file.getFileName().toString(),
                    expectedSkills,
                    found,
                    expected.get("years").asDouble(),
                    profile.yearsOfExperience(),
                    expected.get("seniority").asText(),
                    profile.careerStage() == null ? null : profile.careerStage().id(),
                    expectedRoles,
                    profile.jobFamilies().stream().map(JobFamily::id).toList(),
                    expected.get("name")
                            .asText()
                            .equalsIgnoreCase(profile.contact().name()),
                    expected.get("email").asText().equals(profile.contact().email())));
        }
        return outcomes;
    }

    @Test
    void should_find_skills_and_years_of_the_corpus_within_the_targets() throws IOException {
        List<Outcome> outcomes = runCorpus();

        int truePositives = 0;
        int foundTotal = 0;
        int expectedTotal = 0;
        int yearsWithinOne = 0;
        int seniorityRight = 0;
        int roleRight = 0;
        int namesRight = 0;
        int emailsRight = 0;
        double yearsErrorSum = 0;
        StringBuilder report =
                new StringBuilder("\nresume corpus (").append(outcomes.size()).append(" resumes)\n");
        for (Outcome o : outcomes) {
            Set<String> hit = new HashSet<>(o.found());
            hit.retainAll(o.expected());
            truePositives += hit.size();
            foundTotal += o.found().size();
            expectedTotal += o.expected().size();
            double error = o.years() == null ? o.expectedYears() : Math.abs(o.years() - o.expectedYears());
            yearsErrorSum += error;
            if (error <= 1.0) {
                yearsWithinOne++;
            }
            if (o.expectedSeniority().equals(o.seniority())) {
                seniorityRight++;
            }
            namesRight += o.nameRight() ? 1 : 0;
            emailsRight += o.emailRight() ? 1 : 0;
            if (!o.roles().isEmpty() && o.expectedRoles().contains(o.roles().get(0))) {
                roleRight++;
            }
            Set<String> extra = new TreeSet<>(o.found());
            extra.removeAll(o.expected());
            Set<String> missed = new TreeSet<>(o.expected());
            missed.removeAll(o.found());
            report.append(String.format(
                    Locale.ROOT,
                    "  %-40s skills %2d/%2d found %2d  years %5.1f (expected %4.1f)  seniority %-6s (expected %-6s)"
                            + "  roles %s%s%s%s%n",
                    o.file(),
                    hit.size(),
                    o.expected().size(),
                    o.found().size(),
                    o.years() == null ? Double.NaN : o.years(),
                    o.expectedYears(),
                    o.seniority(),
                    o.expectedSeniority(),
                    o.roles(),
                    extra.isEmpty() ? "" : "  extra " + extra,
                    missed.isEmpty() ? "" : "  missed " + missed,
                    o.nameRight() ? "" : "  (name not found)"));
        }
        double precision = truePositives / (double) foundTotal;
        double recall = truePositives / (double) expectedTotal;
        double yearsShare = yearsWithinOne / (double) outcomes.size();
        report.append(String.format(
                Locale.ROOT,
                "skills precision %.3f, recall %.3f; years within 1 for %d/%d (%.0f%%), mean years error %.2f;"
                        + " seniority %d/%d; first role %d/%d; name %d/%d; email %d/%d%n",
                precision,
                recall,
                yearsWithinOne,
                outcomes.size(),
                yearsShare * 100,
                yearsErrorSum / outcomes.size(),
                seniorityRight,
                outcomes.size(),
                roleRight,
                outcomes.size(),
                namesRight,
                outcomes.size(),
                emailsRight,
                outcomes.size()));
        System.out.println(report);

        assertThat(outcomes).hasSizeGreaterThanOrEqualTo(20);
        assertThat(precision).as("skills precision").isGreaterThanOrEqualTo(0.9);
        assertThat(recall).as("skills recall").isGreaterThanOrEqualTo(0.85);
        assertThat(yearsShare).as("share of resumes with years within 1").isGreaterThanOrEqualTo(0.9);
        assertThat(emailsRight).as("e-mail addresses found").isEqualTo(outcomes.size());
    }
}
