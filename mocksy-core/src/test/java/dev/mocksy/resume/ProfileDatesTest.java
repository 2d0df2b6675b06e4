package dev.mocksy.resume;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** What "Present" is measured to, and how students and new graduates are read. */
class ProfileDatesTest {

    private static final String POSITIONS =
            "Ada Lovelace\n\nExperience\nBackend Engineer, Kestrel Labs | Jan 2020 - Present\n"
                    + "- built services\n\nSkills\nJava, SQL\n";

    private final HeuristicProfileExtractor extractor = new HeuristicProfileExtractor(
            SkillTaxonomy.standard(), Clock.fixed(Instant.parse("2026-12-10T00:00:00Z"), ZoneOffset.UTC));

    private CandidateProfile profile(String text, LocalDate created) {
        return extractor.extract(
                ResumeDocument.builder()
                        .text(text)
                        .mediaType("application/pdf")
                        .created(created)
                        .build(),
                null);
    }

    @Test
    void should_measure_present_to_today_and_say_so_when_the_document_has_no_date() {
        CandidateProfile profile = profile(POSITIONS, null);

        assertThat(profile.asOf().month()).isEqualTo("2026-12");
        assertThat(profile.asOf().source()).isEqualTo(AsOf.Source.TODAY);
        assertThat(profile.experience().get(0).months()).isEqualTo(84); // Jan 2020 .. Dec 2026
    }

    @Test
    void should_measure_present_to_the_file_creation_date_when_the_text_gives_none() {
        CandidateProfile profile = profile(POSITIONS, LocalDate.of(2023, 6, 30));

        assertThat(profile.asOf().month()).isEqualTo("2023-06");
        assertThat(profile.asOf().source()).isEqualTo(AsOf.Source.DOCUMENT_METADATA);
        assertThat(profile.yearsOfExperience()).isEqualTo(3.5);
    }

    @Test
    void should_prefer_a_dated_line_of_the_resume_to_the_file_creation_date() {
        CandidateProfile profile = profile(POSITIONS + "\nLast updated: March 2024\n", LocalDate.of(2026, 11, 2));

        assertThat(profile.asOf().month()).isEqualTo("2024-03");
        assertThat(profile.asOf().source()).isEqualTo(AsOf.Source.DOCUMENT_TEXT);
        assertThat(profile.asOf().detail()).isEqualTo("Last updated: March 2024");
        assertThat(profile.yearsOfExperience()).isEqualTo(4.3); // Jan 2020 .. Mar 2024, 51 months
    }

    @Test
    void should_ignore_a_creation_date_before_the_dates_the_resume_names() {
        // A resume typed into a template made years earlier keeps the template's creation date.
        CandidateProfile profile = profile(POSITIONS, LocalDate.of(2018, 2, 1));

        assertThat(profile.asOf().source()).isEqualTo(AsOf.Source.TODAY);
        assertThat(profile.asOf().month()).isEqualTo("2026-12");
    }

    @Test
    void should_ignore_a_date_in_the_future() {
        CandidateProfile profile = profile(POSITIONS + "\nUpdated May 2031\n", LocalDate.of(2030, 1, 1));

        assertThat(profile.asOf().source()).isEqualTo(AsOf.Source.TODAY);
    }

    @Test
    void should_read_a_student_with_internships_and_club_roles_as_a_student_with_internship_time_apart() {
        String resume = "Sam Rivera\n\nEducation\nB.S. Computer Science, Lakeshore University\nExpected June 2027\n\n"
                + "Experience\nSoftware Engineering Intern, Brightwater | Jun 2026 - Aug 2026\n- wrote tests\n"
                + "Data Intern, Corvid Analytics | May 2025 - Aug 2025\n- dashboards\n"
                + "Teaching Assistant, Lakeshore University | Sep 2024 - Present\n- graded labs\n"
                + "President, Lakeshore Chess Club | Sep 2023 - Present\n- ran events\n\nSkills\nPython, Java, SQL\n";

        CandidateProfile profile = profile(resume, null);

        assertThat(profile.careerStage()).isEqualTo(Seniority.STUDENT);
        assertThat(profile.seniority()).isEqualTo(dev.mocksy.interview.Level.JUNIOR);
        assertThat(profile.yearsOfExperience()).isEqualTo(0.0);
        assertThat(profile.internshipYears()).isEqualTo(0.6); // 3 + 4 months of internships
        assertThat(profile.experience()).allMatch(ExperienceEntry::internship);
        assertThat(profile.evidence())
                .anySatisfy(
                        e -> assertThat(e.reason()).contains("still studying").contains("Expected June 2027"));
    }

    @Test
    void should_read_an_abbreviated_expected_date_and_ignore_words_that_only_start_like_a_month() {
        String student = "Sam Rivera\n\nEducation\nBSc Physics, Exp. May 2027\n\nExperience\n"
                + "Research Intern, Corvid Labs | Jun 2026 - Aug 2026\n";
        // Found by ProfileExtractorFuzzTest: "June" run into the next word once made the date unparsable.
        String garbled = "Sam Rivera\n\nEducation\nExpected JuneEngineer,  2027\n\nExperience\n"
                + "Engineer, Brightwater | Jan 2021 - Present\n";

        assertThat(profile(student, null).careerStage()).isEqualTo(Seniority.STUDENT);
        assertThat(profile(garbled, null).careerStage()).isEqualTo(Seniority.MID);
    }

    @Test
    void should_read_a_graduate_whose_expected_date_has_passed_by_their_work() {
        String resume = "Sam Rivera\n\nEducation\nB.S. Computer Science, Lakeshore University, expected May 2021\n\n"
                + "Experience\nSoftware Engineer, Brightwater | Jun 2021 - Present\n- services\n"
                + "Software Engineering Intern, Corvid | Jun 2020 - Aug 2020\n- tests\n\nSkills\nPython\n";

        CandidateProfile profile = profile(resume, null);

        assertThat(profile.careerStage()).isEqualTo(Seniority.MID);
        assertThat(profile.yearsOfExperience()).isEqualTo(5.6);
        assertThat(profile.internshipYears()).isEqualTo(0.3);
    }

    @Test
    void should_leave_out_a_position_said_to_start_before_a_working_life() {
        String resume = "Kim Osei\n\nExperience\nFounder, Osei & Sons | Jan 1901 - Present\n- family firm\n"
                + "Backend Engineer, Kestrel Labs | Jan 2022 - Present\n- services\n";

        CandidateProfile profile = profile(resume, null);

        assertThat(profile.experience()).extracting(ExperienceEntry::title).containsExactly("Backend Engineer");
        assertThat(profile.yearsOfExperience()).isEqualTo(5.0);
    }

    @Test
    void should_keep_a_club_president_out_of_the_lead_level_of_a_professional() {
        String resume = "Kim Osei\n\nExperience\nBackend Engineer, Kestrel Labs | Jan 2022 - Present\n- services\n"
                + "President, Kestrel Running Club | Mar 2023 - Present\n- weekly runs\n\nSkills\nGo\n";

        CandidateProfile profile = profile(resume, null);

        assertThat(profile.careerStage()).isEqualTo(Seniority.MID);
        assertThat(profile.experience().get(1).internship()).isTrue();
    }
}
