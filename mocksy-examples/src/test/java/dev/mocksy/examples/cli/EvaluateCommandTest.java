package dev.mocksy.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mocksy.internal.MocksyJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluateCommandTest {

    private static final String QUESTION = "How would you speed up a slow SQL query that filters orders by customer?";

    private static JsonNode json(String text) throws IOException {
        return MocksyJson.mapper().readTree(text);
    }

    @Test
    void should_print_one_evaluation_as_json() throws IOException {
        CliRun run = CliRun.of(
                "",
                "evaluate",
                "--question",
                QUESTION,
                "--answer",
                "I would run EXPLAIN ANALYZE to see whether it does a sequential scan, then add an index on "
                        + "customer_id, because the filter is selective. In one project that cut the query "
                        + "from 2 seconds to 30 ms; the cost is slightly slower inserts.",
                "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode result = json(run.out());
        assertThat(result.get("overall").asDouble()).isBetween(0.0, 10.0);
        assertThat(result.get("categories").fieldNames())
                .toIterable()
                .containsExactly(
                        "technical_correctness",
                        "problem_solving",
                        "communication",
                        "depth_and_completeness",
                        "confidence_and_clarity");
        assertThat(result.get("covered").isArray()).isTrue();
        assertThat(result.get("missed").isArray()).isTrue();
        assertThat(result.get("nonAnswer").asBoolean()).isFalse();
    }

    @Test
    void should_score_a_non_answer_at_most_two() throws IOException {
        CliRun run = CliRun.of("", "evaluate", "--question", QUESTION, "--answer", "I don't know", "--json");

        JsonNode result = json(run.out());
        assertThat(result.get("overall").asDouble()).isLessThanOrEqualTo(2.0);
        assertThat(result.get("nonAnswer").asBoolean()).isTrue();
    }

    @Test
    void should_evaluate_a_json_lines_file_line_by_line_and_report_bad_lines(@TempDir Path dir) throws IOException {
        Path input = dir.resolve("answers.jsonl");
        Files.write(
                input,
                List.of(
                        "{\"question\": \"" + QUESTION + "\", \"answer\": \"Add an index on customer_id after "
                                + "checking the plan with EXPLAIN.\"}",
                        "{\"question\": \"Tell me about a time you missed a deadline.\", \"answer\": \"next question\"}",
                        "not json",
                        "{\"question\": \"What is a closure?\"}"));

        CliRun run = CliRun.of("", "evaluate", "--input", input.toString(), "--json");

        assertThat(run.exitCode()).isEqualTo(1);
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(4);
        assertThat(json(lines.get(0)).get("overall").asDouble())
                .isGreaterThan(json(lines.get(1)).get("overall").asDouble());
        assertThat(json(lines.get(1)).get("nonAnswer").asBoolean()).isTrue();
        assertThat(json(lines.get(2)).get("error").asText()).startsWith("not valid JSON");
        assertThat(json(lines.get(3)).get("error").asText()).isEqualTo("line 4 needs a non-empty string \"answer\"");
        assertThat(run.err()).contains("2 of 4 line(s) could not be evaluated");
    }

    @Test
    void should_decode_each_line_on_its_own_and_evaluate_every_good_line(@TempDir Path dir) throws IOException {
        String good = "{\"question\": \"" + QUESTION + "\", \"answer\": \"Add an index on customer_id.\"}";
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}); // a UTF-8 BOM, as Windows editors write
        file.write((good + "\n").getBytes(StandardCharsets.UTF_8));
        file.write("{\"question\": \"Why?\", \"answer\": \"caf".getBytes(StandardCharsets.UTF_8));
        file.write(new byte[] {(byte) 0xE9, '"', '}', '\n'}); // Latin-1 e-acute: invalid UTF-8
        file.write((good + " " + good + "\n").getBytes(StandardCharsets.UTF_8));
        file.write("{\"question\": \"What is a JOIN?\"\n".getBytes(StandardCharsets.UTF_8));
        file.write("{\"question\": \"What is a JOIN?\"}\r\n".getBytes(StandardCharsets.UTF_8));
        file.write("[1, 2]\n".getBytes(StandardCharsets.UTF_8));
        file.write(("{\"question\": \"Why?\", \"answer\": \"" + "x".repeat(EvaluateCommand.MAX_LINE_BYTES) + "\"}\n")
                .getBytes(StandardCharsets.UTF_8));
        file.write((good.replace("customer_id", "the filtered column") + "\n").getBytes(StandardCharsets.UTF_8));
        Path input = Files.write(dir.resolve("answers.jsonl"), file.toByteArray());

        CliRun run = CliRun.of("", "evaluate", "--input", input.toString(), "--json");

        List<JsonNode> results =
                run.out().lines().map(EvaluateCommandTest::parse).toList();
        assertThat(results).extracting(r -> r.get("line").asInt()).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
        assertThat(results.get(0).has("overall")).as("the BOM is accepted").isTrue();
        assertThat(results.get(1).get("error").asText()).contains("not valid UTF-8");
        assertThat(results.get(2).get("error").asText()).contains("more than one JSON value");
        assertThat(results.get(3).get("error").asText()).contains("not valid JSON");
        assertThat(results.get(4).get("error").asText()).contains("line 5").contains("\"answer\"");
        assertThat(results.get(5).get("error").asText()).contains("one JSON object");
        assertThat(results.get(6).get("error").asText()).contains("longer than the limit");
        assertThat(results.get(7).has("overall"))
                .as("lines after bad ones are still evaluated")
                .isTrue();
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("6 of 8 line(s) could not be evaluated");
    }

    @Test
    void should_say_an_empty_input_file_is_empty(@TempDir Path dir) throws IOException {
        Path input = Files.writeString(dir.resolve("answers.jsonl"), "\n  \n");

        CliRun run = CliRun.of("", "evaluate", "--input", input.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("is empty");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void should_refuse_an_answer_over_the_size_limit_on_its_line_only(@TempDir Path dir) throws IOException {
        String huge = "index ".repeat(40_000);
        Path input = Files.writeString(
                dir.resolve("answers.jsonl"),
                "{\"question\": \"" + QUESTION + "\", \"answer\": \"" + huge + "\"}\n" + "{\"question\": \"" + QUESTION
                        + "\", \"answer\": \"Add an index.\"}\n");

        CliRun run = CliRun.of("", "evaluate", "--input", input.toString(), "--json");

        List<JsonNode> results =
                run.out().lines().map(EvaluateCommandTest::parse).toList();
        assertThat(results.get(0).get("error").asText()).contains("limit is 20,000");
        assertThat(results.get(1).has("overall")).isTrue();
    }

    private static JsonNode parse(String line) {
        try {
            return json(line);
        } catch (IOException e) {
            throw new AssertionError(line, e);
        }
    }

    @Test
    void should_say_what_is_missing_from_the_command() {
        CliRun run = CliRun.of("", "evaluate", "--question", QUESTION);

        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err()).contains("give --question and --answer, or --input FILE.jsonl");
    }

    @Test
    void should_name_a_missing_input_file() {
        CliRun run = CliRun.of("", "evaluate", "--input", "/nonexistent/answers.jsonl");

        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err()).contains("no such file: /nonexistent/answers.jsonl");
    }
}
