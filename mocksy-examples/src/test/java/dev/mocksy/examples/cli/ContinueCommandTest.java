package dev.mocksy.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mocksy.Mocksy;
import dev.mocksy.internal.MocksyJson;
import dev.mocksy.interview.InterviewPlan;
import dev.mocksy.interview.InterviewSession;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./mocksy continue} and {@code ./mocksy sessions} over journals left in every state an interruption leaves. */
class ContinueCommandTest {

    @TempDir
    Path home;

    /** The app's own store, reached through the facade, with a clock that stood still an hour ago. */
    private Mocksy mocksy(Instant now) {
        return Mocksy.builder()
                .setting("mocksy.home", home.toString())
                .setting("mocksy.store", "file")
                .setting("mocksy.question-seed", "7")
                .clock(Clock.fixed(now, ZoneOffset.UTC))
                .build();
    }

    private static InterviewPlan plan(int questions) {
        return InterviewPlan.builder()
                .role("backend")
                .type("technical")
                .level("mid")
                .questionCount(questions)
                .maxFollowUps(0)
                .questionTimeLimit(Duration.ofMinutes(3))
                .build();
    }

    private CliRun continueWith(String stdin, String... id) {
        String[] args = Stream.concat(Stream.of("continue", "--home", home.toString()), Stream.of(id))
                .toArray(String[]::new);
        return CliRun.of(stdin, args);
    }

    private JsonNode savedReport() throws IOException {
        try (Stream<Path> files = Files.list(home.resolve("reports"))) {
            Path json = files.filter(p -> p.toString().endsWith(".json"))
                    .findFirst()
                    .orElseThrow();
            return MocksyJson.mapper().readTree(json.toFile());
        }
    }

    @Test
    void should_ask_the_pending_question_again_and_land_the_answer_on_it_whatever_time_has_passed() throws IOException {
        // given a question the candidate was answering an hour ago when the terminal closed
        InterviewSession interrupted =
                mocksy(Instant.now().minus(Duration.ofHours(1))).startInterview(plan(1));
        String question = interrupted.start().text();
        interrupted.listen();

        // when
        CliRun run = continueWith("I would add a composite index and check the plan with EXPLAIN ANALYZE.\n\n");

        // then the question is on screen again, and the answer is the answer to it, not timed out
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("Continuing session " + interrupted.id())
                .contains("Question 1 of 1: " + question);
        assertThat(run.out().indexOf("Question 1 of 1: " + question))
                .isLessThan(run.out().indexOf("Your answer"));
        JsonNode answer = savedReport().get("questions").get(0);
        assertThat(answer.get("question").asText()).isEqualTo(question);
        assertThat(answer.get("answer").asText()).contains("composite index");
        assertThat(answer.get("evaluation").get("flags").toString()).doesNotContain("TIMED_OUT");
    }

    @Test
    void should_show_the_feedback_on_an_answer_that_was_evaluated_on_reopening() {
        InterviewSession interrupted = mocksy(Instant.now()).startInterview(plan(2));
        interrupted.start();
        interrupted.receiveAnswer("An index on customer_id lets the filter skip the full scan; writes get slower.");

        CliRun run = continueWith("A second answer about connection pools.\n\n");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Your last answer, to \"").containsPattern("Score \\d+\\.\\d/10");
        assertThat(run.out().indexOf("Your last answer"))
                .as(run.out())
                .isLessThan(run.out().indexOf("Question 2 of 2"));
    }

    @Test
    void should_write_the_report_of_an_interview_that_finished_without_one_when_continued_plainly() throws IOException {
        InterviewSession finished = mocksy(Instant.now()).startInterview(plan(1));
        finished.start();
        finished.submitAnswer("An index trades write speed and space for faster reads on the indexed columns.");
        assertThat(finished.next()).isEmpty();

        CliRun run = continueWith("");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("Session " + finished.id() + " finished without its report")
                .contains("=== Interview report ===")
                .contains("Report saved: ");
        assertThat(savedReport().get("sessionId").asText()).isEqualTo(finished.id());
    }

    @Test
    void should_list_every_readable_session_and_name_each_damaged_journal_with_its_reason() throws IOException {
        InterviewSession good = mocksy(Instant.now()).startInterview(plan(1));
        good.start();
        Path damaged = home.resolve("sessions").resolve("20260101-000000-bad000.jsonl");
        Files.writeString(damaged, "{\"sessionId\":\"20260101-000000-bad000\",\"seq\":1}\nnot json at all\n");

        CliRun sessions = CliRun.of("", "sessions", "--home", home.toString());
        CliRun continued = continueWith("", "20260101-000000-bad000");

        assertThat(sessions.exitCode()).isZero();
        assertThat(sessions.out())
                .contains(good.id() + "  ASKING")
                .contains("20260101-000000-bad000  DAMAGED")
                .contains("line 1 of " + damaged);
        assertThat(continued.exitCode()).isEqualTo(1);
        assertThat(continued.err())
                .contains("session 20260101-000000-bad000 cannot be continued")
                .contains("delete line 1 and the lines after it");
    }

    @Test
    void should_point_out_an_api_key_that_is_set_but_not_chosen_in_one_line() {
        assertThat(Home.unusedKey(name -> name.equals("ANTHROPIC_API_KEY") ? "sk-ant-x" : null))
                .hasValueSatisfying(line -> assertThat(line)
                        .contains("ANTHROPIC_API_KEY is set but not used")
                        .contains("--provider claude")
                        .doesNotContain("sk-ant-x")
                        .doesNotContain("\n"));
        assertThat(Home.unusedKey(name -> null)).isEmpty();
    }
}
