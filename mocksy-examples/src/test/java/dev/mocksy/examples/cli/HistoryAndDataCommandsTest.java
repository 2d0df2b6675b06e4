package dev.mocksy.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mocksy.Mocksy;
import dev.mocksy.MocksyHome;
import dev.mocksy.internal.MocksyJson;
import dev.mocksy.interview.InterviewPlan;
import dev.mocksy.interview.InterviewSession;
import dev.mocksy.store.FileInterviewStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code history}, {@code report}, {@code progress}, {@code notes}, {@code bookmark}, {@code export}, {@code delete}
 * and {@code import} on the default store: the SQLite file in the data directory.
 */
class HistoryAndDataCommandsTest {

    private static final String ANSWER = "Quokka-42: I would add a composite index on customer_id and created_at and"
            + " check the plan with EXPLAIN ANALYZE; p99 fell from 800 ms to 40 ms, at the cost of slower writes.";

    @TempDir
    Path home;

    @TempDir
    Path out;

    private CliRun mocksy(String stdin, String... args) {
        String[] all = Stream.concat(Stream.of(args), Stream.of("--home", home.toString()))
                .toArray(String[]::new);
        return CliRun.of(stdin, all);
    }

    /** A finished two-question interview; returns its session id. */
    private String interview(String type, String tech) {
        CliRun run = mocksy(
                (ANSWER + "\n\n").repeat(2),
                "interview",
                "--role=backend",
                "--type=" + type,
                "--level=mid",
                "--questions=2",
                "--tech=" + tech,
                "--mode=practice",
                "--follow-ups=0");
        assertThat(run.exitCode()).as(run.err()).isZero();
        Matcher id = Pattern.compile("(\\d{8}-\\d{6}-[0-9a-f]{6})").matcher(run.out());
        assertThat(id.find()).as(run.out()).isTrue();
        return id.group(1);
    }

    @Test
    void should_list_the_history_with_date_plan_and_score_and_filter_it() throws IOException {
        String sql = interview("technical", "PostgreSQL");
        String kafka = interview("technical", "Kafka");

        CliRun all = mocksy("", "history");
        CliRun json = mocksy("", "history", "--json");
        CliRun onKafka = mocksy("", "history", "--tech", "kafka");
        CliRun behavioral = mocksy("", "history", "--type", "behavioral");

        assertThat(all.exitCode()).as(all.err()).isZero();
        assertThat(all.out())
                .containsPattern(sql + "  \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}  mid backend technical"
                        + " \\(PostgreSQL\\)\\s+\\d+/100")
                .contains(kafka);
        JsonNode rows = MocksyJson.mapper().readTree(json.out());
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).get("id").asText()).isEqualTo(sql);
        assertThat(rows.get(0).get("overall").asInt()).isBetween(1, 100);
        assertThat(onKafka.out()).contains(kafka).doesNotContain(sql);
        assertThat(behavioral.out()).contains("No interviews match");
        assertThat(home.resolve("mocksy.db")).exists();
        assertThat(home.resolve("sessions")).doesNotExist();
    }

    @Test
    void should_save_the_report_as_pdf_and_html_and_refuse_an_unknown_session() throws IOException {
        String id = interview("technical", "PostgreSQL");

        CliRun saved = mocksy(
                "",
                "report",
                id,
                "--pdf",
                out.resolve("r.pdf").toString(),
                "--html",
                out.resolve("r.html").toString());
        CliRun shown = mocksy("", "report", id);
        CliRun unknown = mocksy("", "report", "20200101-000000-000000");

        assertThat(saved.exitCode()).as(saved.err()).isZero();
        assertThat(new String(Files.readAllBytes(out.resolve("r.pdf")), 0, 5, StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
        assertThat(Files.readString(out.resolve("r.html"))).contains("<svg").contains(id);
        assertThat(shown.out()).contains("=== Interview report ===");
        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.err()).contains("no interview session '20200101-000000-000000'");
    }

    @Test
    void should_show_progress_across_interviews() throws IOException {
        interview("technical", "PostgreSQL");
        interview("technical", "PostgreSQL");

        CliRun text = mocksy("", "progress");
        CliRun json = mocksy("", "progress", "--json");

        assertThat(text.exitCode()).as(text.err()).isZero();
        assertThat(text.out()).contains("Overall, oldest first:").contains("Next interview: ");
        assertThat(text.out()).contains("Your latest interview repeats");
        JsonNode progress = MocksyJson.mapper().readTree(json.out());
        assertThat(progress.get("sessions")).hasSize(2);
        assertThat(progress.get("retakes")).hasSize(1);
    }

    @Test
    void should_add_and_list_notes_and_bookmark_a_question_by_its_number() {
        String id = interview("technical", "PostgreSQL");

        CliRun added = mocksy("", "notes", id, "Revise", "partial", "indexes");
        CliRun onQuestion = mocksy("", "notes", id, "--question", "2", "Say the trade-off first");
        CliRun listed = mocksy("", "notes", id);
        CliRun bookmarked = mocksy("", "bookmark", id, "1");
        CliRun wrong = mocksy("", "bookmark", id, "9");

        assertThat(added.exitCode()).as(added.err()).isZero();
        assertThat(onQuestion.exitCode()).as(onQuestion.err()).isZero();
        assertThat(listed.out()).contains("session  Revise partial indexes").contains("Say the trade-off first");
        assertThat(bookmarked.out()).startsWith("Bookmarked ");
        assertThat(wrong.exitCode()).isEqualTo(1);
        assertThat(wrong.err()).contains("has no question '9'").contains("(1, 2)");
    }

    @Test
    void should_export_the_history_and_an_anonymised_dataset() throws IOException {
        String id = interview("technical", "PostgreSQL");

        CliRun history = mocksy("", "export", out.resolve("history.json").toString());
        CliRun dataset =
                mocksy("", "export", "--anonymised", out.resolve("data.jsonl").toString());
        CliRun session =
                mocksy("", "export", "--session", id, out.resolve("one.json").toString());

        assertThat(history.exitCode()).as(history.err()).isZero();
        assertThat(MocksyJson.mapper()
                        .readTree(out.resolve("history.json").toFile())
                        .get("sessions"))
                .hasSize(1);
        List<String> lines = Files.readAllLines(out.resolve("data.jsonl"));
        assertThat(lines).hasSize(2);
        assertThat(lines).noneMatch(line -> line.contains(id));
        assertThat(session.exitCode()).as(session.err()).isZero();
        assertThat(MocksyJson.mapper()
                        .readTree(out.resolve("one.json").toFile())
                        .get("sessionId")
                        .asText())
                .isEqualTo(id);
    }

    @Test
    void should_delete_one_interview_then_everything_leaving_nothing_of_it_behind() throws IOException {
        String first = interview("technical", "PostgreSQL");
        String second = interview("technical", "Kafka");
        mocksy("", "export", out.resolve("history.json").toString());
        mocksy("", "report", second, "--pdf", out.resolve("second.pdf").toString());

        CliRun one = mocksy("", "delete", first);

        assertThat(one.exitCode()).as(one.err()).isZero();
        assertThat(one.out()).startsWith("Deleted 1 interview");
        assertThat(mocksy("", "history").out()).doesNotContain(first).contains(second);
        assertThat(mentions(home, first)).isEmpty();

        CliRun all = mocksy("", "delete", "--all");

        assertThat(all.exitCode()).as(all.err()).isZero();
        assertThat(out.resolve("history.json")).doesNotExist();
        assertThat(out.resolve("second.pdf")).doesNotExist();
        assertThat(mocksy("", "history").out()).contains("No interviews match");
        assertThat(mentions(home, "Quokka-42")).isEmpty();
        assertThat(mentions(home, second)).isEmpty();
    }

    @Test
    void should_import_journals_from_a_directory_once_and_keep_the_files() {
        Path journals = out.resolve("journals");
        String id;
        try (Mocksy files = Mocksy.builder()
                .isolated()
                .setting(MocksyHome.PROPERTY, out.resolve("old-home").toString())
                .store(new FileInterviewStore(journals))
                .build()) {
            InterviewSession session = files.startInterview(
                    InterviewPlan.builder().questionCount(1).maxFollowUps(0).build());
            session.start();
            session.submitAnswer(ANSWER);
            id = session.id();
        }

        CliRun first = mocksy("", "import", journals.toString());
        CliRun again = mocksy("", "import", journals.toString());
        CliRun elsewhere = CliRun.of(
                "", "sessions", "--home", out.toString(), "--store", "jdbc:sqlite:" + home.resolve("mocksy.db"));

        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).startsWith("Imported 1 sessions");
        assertThat(again.out()).startsWith("Imported 0 sessions (0 completed, 1 already there)");
        assertThat(journals.resolve(id + ".jsonl")).exists();
        assertThat(mocksy("", "history").out()).contains(id);
        assertThat(elsewhere.out()).contains(id + "  FEEDBACK");
    }

    /** Files under {@code root} whose bytes contain {@code text}. */
    private static List<Path> mentions(Path root, String text) throws IOException {
        byte[] needle = text.getBytes(StandardCharsets.UTF_8);
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> {
                        try {
                            String content = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                            return content.contains(new String(needle, StandardCharsets.ISO_8859_1));
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    })
                    .toList();
        }
    }
}
