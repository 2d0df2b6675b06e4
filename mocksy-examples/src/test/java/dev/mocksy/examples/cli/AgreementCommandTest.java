package dev.mocksy.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mocksy.internal.MocksyJson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The agreement harness on a rated set written here: 40 short technical answers to 10 questions, graded 0-5 against a
 * reference answer, split into a development half and a held-out half (alternate questions).
 */
class AgreementCommandTest {

    @Test
    void should_agree_with_human_grades_on_both_halves_when_the_reference_is_given(@TempDir Path dir)
            throws IOException {
        for (String split : List.of("dev", "held-out")) {
            Path half = dir.resolve(split + ".jsonl");
            Files.write(half, lines(split), StandardCharsets.UTF_8);

            CliRun run = CliRun.of("", "agreement", "--input", half.toString(), "--json", "--bootstrap", "200");

            assertThat(run.exitCode()).as(run.err()).isZero();
            JsonNode row = MocksyJson.mapper().readTree(run.out()).get(0);
            System.out.println(split + ": " + row);
            assertThat(row.get("evaluator").asText()).isEqualTo("offline");
            assertThat(row.get("n").asInt()).isEqualTo(20);
            assertThat(row.get("spearman").get("value").asDouble()).as(split).isGreaterThanOrEqualTo(0.55);
            assertThat(row.get("spearman").get("low").asDouble())
                    .isLessThanOrEqualTo(row.get("spearman").get("value").asDouble());
        }
    }

    @Test
    void should_print_one_row_per_evaluator_with_intervals(@TempDir Path dir) throws IOException {
        Path all = dir.resolve("all.jsonl");
        Files.write(all, lines(null), StandardCharsets.UTF_8);

        CliRun run = CliRun.of("", "agreement", "--input", all.toString(), "--bootstrap", "100");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("40 rated answers").contains("Spearman").contains("offline");
    }

    @Test
    void should_name_the_line_of_a_bad_score(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("bad.jsonl");
        Files.writeString(
                bad,
                "{\"question\": \"q\", \"answer\": \"a\", \"score\": 3}\n{\"question\": \"q\", \"answer\": \"a\","
                        + " \"score\": 9}\n");

        CliRun run = CliRun.of("", "agreement", "--input", bad.toString());

        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err()).contains("line 2").contains("--scale");
    }

    @Test
    void should_compute_textbook_statistics() {
        double[] human = {0, 1, 2, 3, 4, 5};
        double[] same = {0, 2, 4, 6, 8, 10};

        Agreement perfect = Agreement.of(human, same, 5, 0, 1);

        assertThat(perfect.spearman().value()).isEqualTo(1.0);
        assertThat(perfect.pearson().value()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(perfect.kappa().value()).isEqualTo(1.0);
        assertThat(perfect.mae().value()).isZero();
        Agreement reversed = Agreement.of(human, new double[] {10, 8, 6, 4, 2, 0}, 5, 0, 1);
        assertThat(reversed.spearman().value()).isEqualTo(-1.0);
        assertThat(reversed.kappa().value()).isNegative();
    }

    private static List<String> lines(String split) throws IOException {
        try (InputStream in = AgreementCommandTest.class.getResourceAsStream("/agreement/short-answers.jsonl")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(line -> split == null || line.contains("\"split\": \"" + split + "\""))
                    .toList();
        }
    }
}
