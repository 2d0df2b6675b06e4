package dev.mocksy.resume.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mocksy.Mocksy;
import dev.mocksy.UnsupportedInputException;
import dev.mocksy.resume.CandidateProfile;
import dev.mocksy.resume.JobDescription;
import dev.mocksy.resume.Skill;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Resumes reach the facade through the parser this module provides. */
class MocksyResumeTest {

    static final Path CORPUS = Path.of("src/test/resources/corpus");

    final Mocksy reader = Mocksy.builder().isolated().build();

    @TempDir
    Path dir;

    @Test
    void should_turn_a_resume_file_into_a_profile_with_the_providers_on_the_class_path() {
        CandidateProfile profile = reader.profile(CORPUS.resolve("12-lukasz-go-nonenglish.docx"), null);

        assertThat(profile.name()).isEqualTo("Łukasz Wróblewski");
        assertThat(profile.skills()).extracting(Skill::name).contains("Go", "gRPC", "ScyllaDB");
        assertThat(profile.contact().email()).isEqualTo("lukasz.wroblewski@example.pl");
    }

    @Test
    void should_read_the_job_description_from_a_file_of_any_format() throws IOException {
        Path job = Files.writeString(
                dir.resolve("job.html"),
                "<html><body><h1>Senior Go Engineer</h1><h2>Requirements</h2><ul><li>Go and Kubernetes</li></ul>"
                        + "<h2>Nice to have</h2><ul><li>ClickHouse</li></ul></body></html>");

        JobDescription description = reader.jobDescription(job);
        CandidateProfile profile = reader.profile(CORPUS.resolve("12-lukasz-go-nonenglish.docx"), job);

        assertThat(description.requiredSkills()).extracting(Skill::name).containsExactly("Go", "Kubernetes");
        assertThat(description.preferredSkills()).extracting(Skill::name).containsExactly("ClickHouse");
        assertThat(profile.skills().subList(0, 3))
                .extracting(Skill::name)
                .containsExactlyInAnyOrder("Go", "Kubernetes", "ClickHouse");
    }

    @Test
    void should_name_a_missing_file() {
        assertThatThrownBy(() -> reader.profile(dir.resolve("nope.pdf"), null))
                .isInstanceOf(UnsupportedInputException.class)
                .hasMessageContaining("no such file")
                .hasMessageContaining("nope.pdf");
    }

    @Test
    void should_say_that_a_directory_is_a_directory() {
        assertThatThrownBy(() -> reader.profile(dir, null))
                .isInstanceOf(UnsupportedInputException.class)
                .hasMessageContaining("is a directory");
    }
}
