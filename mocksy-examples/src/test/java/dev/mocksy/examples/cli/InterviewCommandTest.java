package dev.mocksy.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mocksy.internal.MocksyJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InterviewCommandTest {

    @TempDir
    Path home;

    private static final String STRONG_ANSWER =
            """
            I would add a composite index on customer_id and created_at, because the query filters on the \
            customer and sorts by date. I would check the plan with EXPLAIN ANALYZE before and after; in a \
            similar case the p99 latency fell from 800 ms to 40 ms. The trade-off is slower writes and more \
            storage, so I would drop unused indexes.
            """;

    private CliRun interview(String stdin, String... flags) {
        String[] args = Stream.concat(Stream.of("interview", "--home", home.toString()), Stream.of(flags))
                .toArray(String[]::new);
        return CliRun.of(stdin, args);
    }

    private JsonNode savedReport() throws IOException {
        try (Stream<Path> files = Files.list(home.resolve("reports"))) {
            List<Path> json = files.filter(p -> p.toString().endsWith(".json")).toList();
            assertThat(json).hasSize(1);
            assertThat(Path.of(json.get(0).toString().replace(".json", ".md"))).exists();
            return MocksyJson.mapper().readTree(json.get(0).toFile());
        }
    }

    @Test
    void should_run_a_whole_interview_from_piped_input_to_a_saved_report() throws IOException {
        String setUp = "backend\ntechnical\nmid\n2\nPostgreSQL, Java\n";
        String answers = (STRONG_ANSWER + "\n").repeat(6);

        CliRun run = interview(setUp + answers);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("Running offline")
                .contains("Role (")
                .contains("Plan: 2 technical questions for a mid-level Backend role")
                .contains("Question 1 of 2: ")
                .contains("Question 2 of 2: ")
                .contains("for this answer")
                .contains("Score ")
                .contains("=== Interview report ===")
                .contains("Action items:")
                .contains("Report saved: ");
        JsonNode report = savedReport();
        assertThat(report.get("overall").asInt()).isBetween(1, 100);
        assertThat(report.get("questions").size()).isGreaterThanOrEqualTo(2);
        assertThat(report.get("endedEarly").asBoolean()).isFalse();
        assertThat(report.get("heuristicParts").size()).isPositive();
        assertThat(run.out()).contains(report.get("sessionId").asText());
    }

    @Test
    void should_skip_the_set_up_questions_given_as_flags() {
        CliRun run = interview(
                STRONG_ANSWER + "\n",
                "--role=devops",
                "--type=behavioral",
                "--level=senior",
                "--questions=1",
                "--tech=Kubernetes",
                "--mode=realistic",
                "--company=amazon",
                "--follow-ups=0");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .doesNotContain("Role (")
                .doesNotContain("Level (")
                .contains("Plan: 1 behavioral question for a senior DevOps / SRE role")
                .contains("realistic mode (feedback at the end), Amazon style")
                .contains("Answer recorded; feedback comes at the end.")
                .doesNotContain("Score ");
    }

    @Test
    void should_end_early_on_quit_and_still_save_what_was_answered() throws IOException {
        CliRun run = interview(
                STRONG_ANSWER + "\n/quit\n",
                "--questions=3",
                "--type=technical",
                "--follow-ups=0",
                "--role=backend",
                "--level=mid",
                "--tech=");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Interview ended early");
        JsonNode report = savedReport();
        assertThat(report.get("endedEarly").asBoolean()).isTrue();
        assertThat(report.get("questions").get(0).get("answer").asText()).contains("composite index");
    }

    @Test
    void should_handle_skip_pause_resume_help_and_unknown_commands() {
        CliRun run = interview(
                "/help\n/skip\n/hint\n/pause\nhello?\n/resume\n/frobnicate\n" + STRONG_ANSWER + "\n",
                "--questions=2",
                "--type=technical",
                "--follow-ups=0",
                "--role=backend",
                "--level=mid",
                "--tech=");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("/skip    skip this question")
                .contains("skipped")
                .contains("Paused; time has stopped")
                .contains("Paused. Type /resume to continue")
                .contains("Hint: ")
                .contains("Resumed.")
                .contains("Unknown command /frobnicate");
    }

    @Test
    void should_take_the_defaults_and_end_cleanly_when_input_runs_out() throws IOException {
        CliRun run = interview("");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Plan: 5 mixed questions for a mid-level General / HR role");
        assertThat(savedReport().get("endedEarly").asBoolean()).isTrue();
    }

    @Test
    void should_explain_a_bad_set_up_reply_and_ask_again() {
        CliRun run = interview("astronaut\nfrontend\n\n\n0\n1\n\n" + STRONG_ANSWER + "\n", "--follow-ups=0");

        assertThat(run.out())
                .contains("unknown role 'astronaut'; choose one of frontend, backend")
                .contains("the number of questions must be between 1 and 50")
                .contains("Plan: 1 mixed question for a mid-level Frontend role");
    }

    @Test
    void should_refuse_bad_flags_with_the_accepted_values() {
        CliRun run = interview("", "--role=astronaut");

        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err()).contains("unknown role 'astronaut'; choose one of frontend, backend");
    }

    @Test
    void should_refuse_an_empty_answer_and_keep_the_question_open() {
        CliRun run = interview(
                " \t \n\n" + STRONG_ANSWER + "\n",
                "--questions=1",
                "--type=technical",
                "--follow-ups=0",
                "--role=backend",
                "--level=mid",
                "--tech=");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Score ").doesNotContain("the answer is empty");
    }

    @Test
    void should_aim_the_questions_at_the_resume_and_say_so() throws IOException {
        Path resume = home.resolve("resume.md");
        Files.writeString(
                resume,
                """
                # Ada Quinn
                ada.quinn@example.org

                ## Experience
                Senior Backend Engineer, Ledgerly, Jan 2019 - Present
                - Moved the payments ledger to Kafka streams with Java and PostgreSQL.

                ## Skills
                Java, Kafka, PostgreSQL, Docker
                """);

        CliRun run = interview(
                STRONG_ANSWER + "\n",
                "--resume",
                resume.toString(),
                "--type=technical",
                "--questions=1",
                "--follow-ups=0");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("From your resume: ")
                .contains("Question 1 of 1: Your resume lists ")
                .doesNotContain("Role (");
    }

    @Test
    void should_refuse_a_job_description_without_a_resume() {
        CliRun run = interview("", "--job", home.resolve("job.txt").toString());

        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err()).contains("--job needs --resume");
    }
}
