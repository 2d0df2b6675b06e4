package dev.mocksy.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mocksy.StoreException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportFilesTest {

    private static final Instant NOW = Instant.parse("2026-11-22T11:00:00Z");

    @TempDir
    Path temp;

    private final HeuristicReportGenerator generator = new HeuristicReportGenerator();

    @Test
    void should_save_the_report_as_json_and_markdown_named_after_the_session() throws Exception {
        // given
        InterviewReport report = generator.generate(Interviews.flagged().snapshot(), NOW);
        Path directory = temp.resolve("reports/nested");

        // when
        ReportFiles.Saved saved = ReportFiles.save(report, directory);

        // then
        assertThat(saved.json()).isEqualTo(directory.resolve("flagged-1.json")).isRegularFile();
        assertThat(saved.markdown())
                .isEqualTo(directory.resolve("flagged-1.md"))
                .isRegularFile();
        assertThat(new JsonReportWriter().read(Files.readString(saved.json()))).isEqualTo(report);
        assertThat(Files.readString(saved.markdown())).isEqualTo(new MarkdownReportWriter().write(report));
        try (Stream<Path> files = Files.list(directory)) {
            assertThat(files)
                    .extracting(path -> path.getFileName().toString())
                    .containsExactlyInAnyOrder("flagged-1.json", "flagged-1.md");
        }
    }

    @Test
    void should_replace_an_earlier_report_of_the_same_session() throws Exception {
        // given
        InterviewReport first = generator.generate(Interviews.flagged().snapshot(), NOW);
        InterviewReport second = generator.generate(Interviews.flagged().snapshot(), NOW.plusSeconds(60));
        ReportFiles.save(first, temp);

        // when
        ReportFiles.Saved saved = ReportFiles.save(second, temp);

        // then
        assertThat(new JsonReportWriter().read(Files.readString(saved.json())).generatedAt())
                .isEqualTo(NOW.plusSeconds(60));
        try (Stream<Path> files = Files.list(temp)) {
            assertThat(files).hasSize(2);
        }
    }

    @Test
    void should_refuse_a_session_id_that_is_not_a_safe_file_name() {
        // given
        InterviewReport report = generator.generate(
                Journal.start("../escape", Interviews.backendPlan(1))
                        .abandon("x")
                        .snapshot(),
                NOW);

        // then
        assertThatThrownBy(() -> ReportFiles.save(report, temp))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'../escape'");
        assertThat(temp.getParent().resolve("escape.json")).doesNotExist();
    }

    @Test
    void should_say_which_file_could_not_be_written() throws Exception {
        // given a plain file where the directory should be
        Path notADirectory = Files.writeString(temp.resolve("occupied"), "x");
        InterviewReport report = generator.generate(Interviews.nothingAnswered().snapshot(), NOW);

        // then
        assertThatThrownBy(() -> ReportFiles.save(report, notADirectory))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining(notADirectory.toString());
    }
}
