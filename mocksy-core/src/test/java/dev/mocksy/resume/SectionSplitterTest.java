package dev.mocksy.resume;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SectionSplitterTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                "WORK HISTORY; EXPERIENCE",
                "Where I’ve worked; EXPERIENCE",
                "Professional Experience:; EXPERIENCE",
                "E X P E R I E N C E; EXPERIENCE",
                "Toolbox; SKILLS",
                "Skills and Technologies; SKILLS",
                "Tech Stack; SKILLS",
                "In short; SUMMARY",
                "Licenses & Certifications; CERTIFICATIONS",
                "Honors and Awards; AWARDS",
                "Things I've built; PROJECTS",
                "Schooling; EDUCATION",
                "Berufserfahrung; EXPERIENCE"
            })
    void should_recognise_headings_in_their_common_wordings(String heading, SectionKind kind) {
        assertThat(SectionSplitter.headingKind(heading)).contains(kind);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                "Languages: Java, Go, Python",
                "Built a skills matrix for the team",
                "Experience with Kafka and Flink in production systems at scale"
            })
    void should_not_take_ordinary_lines_for_headings(String line) {
        assertThat(SectionSplitter.headingKind(line)).isEmpty();
    }

    @Test
    void should_split_text_into_sections_in_order() {
        String text =
                "Ada Example\nada@example.com\n\nSummary\nBuilder of things.\n\nExperience\nEngineer, Acme 2019-2021\n"
                        + "- shipped it\n\nSkills:\nJava, Go\n";

        assertThat(SectionSplitter.split(text))
                .extracting(ResumeSection::kind)
                .containsExactly(SectionKind.SUMMARY, SectionKind.EXPERIENCE, SectionKind.SKILLS);
        assertThat(SectionSplitter.split(text).get(1).text()).isEqualTo("Engineer, Acme 2019-2021\n- shipped it");
    }
}
