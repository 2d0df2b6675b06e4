package dev.mocksy.resume;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The same two positions written in the layouts resumes really use; each must give the same entries. */
class ExperienceLayoutTest {

    final HeuristicProfileExtractor extractor = new HeuristicProfileExtractor(
            SkillTaxonomy.standard(), Clock.fixed(Instant.parse("2026-11-01T00:00:00Z"), ZoneOffset.UTC));

    @ParameterizedTest
    @ValueSource(
            strings = {
                // title, company and dates on one line
                "Senior Data Engineer — Kestrel Labs        Mar 2021 – Present\n- built pipelines\n"
                        + "Data Analyst, Heron Group | Jun 2017 - Feb 2021\n- reports",
                // company line, then title and dates
                "Kestrel Labs, Leeds\nSenior Data Engineer | Mar 2021 – Present\n- built pipelines\n"
                        + "Heron Group, York\nData Analyst | Jun 2017 - Feb 2021\n- reports",
                // title line, then company and dates
                "Senior Data Engineer\nKestrel Labs · Mar 2021 – Present\n• built pipelines\n\n"
                        + "Data Analyst\nHeron Group · Jun 2017 - Feb 2021\n• reports",
                // dates first, as in a table row
                "03/2021 - present\tSenior Data Engineer, Kestrel Labs\n\n06/2017 - 02/2021\tData Analyst, Heron Group",
                // "at" and dates in parentheses
                "Senior Data Engineer at Kestrel Labs (Mar. 2021 - now)\n* built pipelines\n"
                        + "Data Analyst at Heron Group (June 2017 - February 2021)\n* reports",
                // dates on their own line above the title
                "Mar 2021 - Present\nSenior Data Engineer\nKestrel Labs\n\nJun 2017 - Feb 2021\nData Analyst\nHeron Group",
                // the dash as a soft hyphen, as PDFs of a widely used LaTeX template give it
                "Senior Data Engineer, Kestrel Labs | Mar 2021 \u00AD Present\n- built pipelines\n"
                        + "Data Analyst, Heron Group | Jun 2017 \u00AD Feb 2021\n- reports",
                // the dash as the raw font code of a T1-encoded LaTeX font without a Unicode mapping
                "Senior Data Engineer, Kestrel Labs   Mar. 2021 \u0015 Present\n"
                        + "Data Analyst, Heron Group   Jun. 2017 \u0015 Feb. 2021",
                // words between the dates
                "Senior Data Engineer, Kestrel Labs\nMarch 2021 until present\n\n"
                        + "Data Analyst, Heron Group\nJune 2017 to February 2021",
                // em dashes everywhere
                "Senior Data Engineer — Kestrel Labs — Mar 2021 — Present\nData Analyst — Heron Group — Jun 2017 — Feb 2021",
                // the dates stacked in a narrow column, one end per line, with or without a dash line
                "Mar 2021\nPresent\nSenior Data Engineer\nKestrel Labs\n\nJun 2017\n–\nFeb 2021\nData Analyst\nHeron Group",
                "\tMar 2021\n– Present\n\tSenior Data Engineer\nKestrel Labs\n\n\tJun 2017\n— Feb 2021\n\tData Analyst\n"
                        + "Heron Group"
            })
    void should_read_positions_in_every_common_layout(String positions) {
        CandidateProfile profile = extractor.extract(
                new ResumeDocument("Ada Lovelace\n\nExperience\n" + positions + "\n\nSkills\nSQL", "text/plain", 1),
                null);

        assertThat(profile.experience())
                .extracting(ExperienceEntry::title, ExperienceEntry::company, ExperienceEntry::start)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Senior Data Engineer", "Kestrel Labs", "2021-03"),
                        org.assertj.core.groups.Tuple.tuple("Data Analyst", "Heron Group", "2017-06"));
        // Jun 2017 .. Nov 2026 without a gap: 9 years 6 months.
        assertThat(profile.yearsOfExperience()).isEqualTo(9.5);
        assertThat(profile.careerStage()).isEqualTo(Seniority.SENIOR);
    }

    @Test
    void should_not_count_education_dates_as_experience() {
        CandidateProfile profile = extractor.extract(
                new ResumeDocument(
                        "Ada Lovelace\n\nEducation\nBSc Mathematics, 2010 - 2014\n\nExperience\n"
                                + "Engineer, Acme | 2020 - 2022",
                        "text/plain",
                        1),
                null);

        assertThat(profile.experience()).hasSize(1);
        assertThat(profile.yearsOfExperience()).isEqualTo(2.0);
    }

    @Test
    void should_find_positions_without_an_experience_heading_only_next_to_a_job_title() {
        CandidateProfile profile = extractor.extract(
                new ResumeDocument(
                        "Ada Lovelace\nBackend Developer, Acme 2019 - 2023\nMarathon finisher 2018\n", "text/plain", 1),
                null);

        assertThat(profile.experience()).extracting(ExperienceEntry::title).isEqualTo(List.of("Backend Developer"));
    }
}
