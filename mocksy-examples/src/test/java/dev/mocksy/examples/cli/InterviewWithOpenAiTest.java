package dev.mocksy.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mocksy.internal.MocksyJson;
import dev.mocksy.llm.openai.interviewer.ScriptedLlm;
import dev.mocksy.llm.openai.interviewer.ScriptedLlm.Prompt;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The terminal app with the OpenAI provider, against a loopback server scripted in the Chat Completions format. */
class InterviewWithOpenAiTest {

    private static final String KEY = "sk-CANARY-terminal-7a6b5c4d3e";
    private static final String QUESTION =
            "Your resume says you moved a payments ledger to Kafka. How did you keep balances correct?";
    private static final String ANSWER = "We made every consumer idempotent by keying writes on the event id,\n"
            + "and a nightly replay job re-read the offsets from the start of the day.";
    private static final String FOLLOW_UP =
            "You mentioned a replay job that re-read the offsets: what happened to events that kept failing?";

    @TempDir
    Path home;

    private ScriptedLlm llm;

    @BeforeEach
    void start() throws Exception {
        llm = new ScriptedLlm();
        System.setProperty("openai.api-key", KEY);
    }

    @AfterEach
    void stop() throws Exception {
        System.clearProperty("openai.api-key");
        llm.close();
    }

    private static String verdict(double overall, String quote) {
        String scores = ("\"technicalCorrectness\": %1$s, \"problemSolving\": %1$s, \"communication\": %1$s, "
                        + "\"depthAndCompleteness\": %1$s, \"confidenceAndClarity\": %1$s")
                .formatted(overall);
        return "{\"scores\": {" + scores + "}, \"overall\": " + overall + ", \"coveredKeyPoints\": [],"
                + " \"missedKeyPoints\": [], \"evidence\": [{\"quote\": \"" + quote + "\", \"note\": \"specific\"}],"
                + " \"suggestion\": \"Give the failure rate.\", \"modelAnswer\": [\"Idempotency\", \"Replays\"],"
                + " \"nonAnswer\": false, \"graderInstruction\": false}";
    }

    @Test
    void should_run_a_personal_interview_with_an_llm_follow_up_evaluation_and_report() throws IOException {
        String question =
                """
                {"question": "%s", "kind": "TECHNICAL",
                 "keyPoints": [{"point": "Idempotent consumers", "terms": ["idempotent"]}],
                 "followUps": ["How did you test it?"], "modelAnswer": ["Idempotency", "Replays"]}
                """
                        .formatted(QUESTION);
        llm.reply(Prompt.FIRST_QUESTION, question)
                .reply(Prompt.EVALUATE, verdict(7, "keying writes on the event id"))
                .reply(
                        Prompt.FOLLOW_UP,
                        """
                        {"askFollowUp": true, "quote": "a nightly replay job re-read the offsets",
                         "question": "%s", "reason": "missed: failure handling",
                         "keyPoints": [{"point": "Dead-letter topics", "terms": ["dead letter"]}]}
                        """
                                .formatted(FOLLOW_UP))
                .reply(Prompt.EVALUATE, verdict(8, "a dead letter topic"))
                .reply(
                        Prompt.REPORT,
                        """
                        {"strengths": ["Idempotent consumers keyed on the event id"],
                         "improvements": ["Quantify the replay cost"],
                         "actionItems": ["Practise a failure story", "Prepare numbers", "Draw the ledger flow"],
                         "assessment": "Specific answers about the ledger migration."}
                        """);

        Path resume = home.resolve("resume.txt");
        Files.writeString(
                resume,
                """
                Ada Quinn
                ada.quinn@example.org | +44 20 7946 0958
                Senior Backend Engineer

                Experience
                Senior Backend Engineer, Ledgerly, Jan 2019 - Present
                - Moved the payments ledger from nightly batches to Kafka streams with Java and PostgreSQL.
                Backend Engineer, Shopfront, Mar 2015 - Dec 2018
                - Built order APIs in Java and Spring.

                Skills
                Java, Kafka, PostgreSQL, Spring, Docker
                """);
        CliRun run = CliRun.of(
                ANSWER + "\n\nFailed events went to a dead letter topic after three retries.\n\n",
                "interview",
                "--home",
                home.toString(),
                "--provider",
                "openai",
                "--base-url",
                llm.baseUrl(),
                "--resume",
                resume.toString(),
                "--type=technical",
                "--questions=1",
                "--follow-ups=1");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .doesNotContain("Running offline")
                .contains("Question 1 of 1: " + QUESTION)
                .contains("Follow-up: " + FOLLOW_UP)
                .contains("Score 7.0/10")
                .contains("Score 8.0/10")
                .contains("Idempotent consumers keyed on the event id");
        assertThat(llm.calls(Prompt.FIRST_QUESTION).get(0).user())
                .as("the resume reaches the model without contact details")
                .contains("Kafka")
                .doesNotContain("ada.quinn@example.org")
                .doesNotContain("7946");
        assertThat(llm.calls(Prompt.FOLLOW_UP).get(0).user()).contains("keying writes on the event id");
        JsonNode report = savedReport();
        assertThat(report.get("assessment").asText()).contains("ledger migration");
        assertThat(report.get("questions")
                        .get(1)
                        .get("evaluation")
                        .get("method")
                        .asText())
                .startsWith("llm:openai/");
        assertThat(run.out() + run.err()).doesNotContain(KEY);
        try (Stream<Path> files = Files.walk(home)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                // Byte for byte (the SQLite database is binary): the key is ASCII, so Latin-1 finds it if it is there.
                assertThat(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1))
                        .as(file.toString())
                        .doesNotContain(KEY);
            }
        }
    }

    @Test
    void should_say_which_key_was_rejected_and_go_on_offline_with_scores_marked_as_the_fallback() throws IOException {
        llm.fail(Prompt.NEXT_QUESTION, 401);

        CliRun run = CliRun.of(
                ANSWER + "\n\n",
                "interview",
                "--home",
                home.toString(),
                "--provider",
                "openai",
                "--base-url",
                llm.baseUrl(),
                "--role=backend",
                "--level=mid",
                "--tech=",
                "--type=technical",
                "--questions=1",
                "--follow-ups=0");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("The language model is no longer used in this interview")
                .contains("OPENAI_API_KEY")
                .contains("Scored by the offline evaluator");
        assertThat(llm.calls()).as("the rejected key is not sent again").hasSize(1);
        assertThat(savedReport()
                        .get("questions")
                        .get(0)
                        .get("evaluation")
                        .get("method")
                        .asText())
                .startsWith("fallback:");
        assertThat(run.out() + run.err()).doesNotContain(KEY);
    }

    @Test
    void should_mark_a_score_from_the_fallback_in_the_json_of_evaluate() throws IOException {
        llm.fail(Prompt.EVALUATE, 401);

        CliRun run = CliRun.of(
                "",
                "evaluate",
                "--home",
                home.toString(),
                "--provider",
                "openai",
                "--base-url",
                llm.baseUrl(),
                "--question",
                "What does an index cost you?",
                "--answer",
                "Writes get slower because every index must be updated, and it takes space.",
                "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode result = MocksyJson.mapper().readTree(run.out());
        assertThat(result.get("fallback").asBoolean()).isTrue();
        assertThat(result.get("method").asText()).startsWith("fallback:");
        assertThat(run.out() + run.err()).doesNotContain(KEY);
    }

    @Test
    void should_stop_with_a_clear_message_when_the_chosen_provider_has_no_key() {
        System.clearProperty("openai.api-key");

        CliRun run = CliRun.of("", "interview", "--home", home.toString(), "--provider", "claude");

        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err()).contains("ANTHROPIC_API_KEY");
        assertThat(home.resolve("sessions")).doesNotExist();
    }

    private JsonNode savedReport() throws IOException {
        try (Stream<Path> files = Files.list(home.resolve("reports"))) {
            List<Path> json = files.filter(p -> p.toString().endsWith(".json")).toList();
            assertThat(json).hasSize(1);
            return MocksyJson.mapper().readTree(json.get(0).toFile());
        }
    }
}
