package dev.mocksy.resume;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Any resume text, with or without a creation date, gives a profile: the rules for dates, sections, students and
 * skills never throw. Faster than fuzzing through the file parsers, so it reaches deeper into the rules.
 */
class ProfileExtractorFuzzTest {

    private static final HeuristicProfileExtractor EXTRACTOR = new HeuristicProfileExtractor(
            SkillTaxonomy.standard(), Clock.fixed(Instant.parse("2026-12-01T00:00:00Z"), ZoneOffset.UTC));

    @DictionaryEntries({
        "Experience",
        "Education",
        "Skills",
        " - Present",
        " \\xC2\\xAD ", // a soft hyphen, in libFuzzer's escape syntax
        " until present",
        "Jan 1901",
        "Sep. 2023",
        "Expected June 2027",
        "Updated October 2026",
        "Engineer, ",
        "Intern",
        "Treasurer, Chess Club",
        "\\x0A\\xE2\\x80\\x93\\x0A" // an en dash on a line of its own
    })
    @FuzzTest(maxDuration = "20s")
    void should_give_a_profile_for_any_text(FuzzedDataProvider data) {
        LocalDate created = data.consumeBoolean() ? LocalDate.ofEpochDay(data.consumeInt(-40_000, 40_000)) : null;
        String text = data.consumeRemainingAsString();

        CandidateProfile profile = EXTRACTOR.extract(new ResumeDocument(text, "text/plain", 1, created), null);

        assertThat(profile.asOf().month()).isLessThanOrEqualTo("2026-12");
        assertThat(profile.experience()).allSatisfy(e -> assertThat(e.months()).isNotNegative());
    }
}
