package dev.mocksy.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mocksy.internal.MocksyJson;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The packaged app in its own JVMs, as {@code ./mocksy} runs it: piped input, a crash, and a continuation. */
@Timeout(value = 3, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class MocksyAppIT {

    private static final Path TARGET = Path.of("target").toAbsolutePath();

    @TempDir
    Path home;

    private ProcessBuilder app(String... args) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                TARGET.resolve("mocksy-examples-0.1.0-SNAPSHOT.jar") + ":" + TARGET.resolve("lib") + "/*",
                "dev.mocksy.examples.cli.MocksyCli"));
        command.addAll(List.of(args));
        command.addAll(List.of("--home", home.toString()));
        return new ProcessBuilder(command).redirectErrorStream(true);
    }

    private static String run(ProcessBuilder builder, String stdin) throws Exception {
        Process process = builder.start();
        try (OutputStream in = process.getOutputStream()) {
            in.write(stdin.getBytes(StandardCharsets.UTF_8));
        }
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(out).isZero();
        return out;
    }

    @Test
    void should_survive_a_killed_process_and_continue_with_no_answer_lost() throws Exception {
        Process first = app(
                        "interview",
                        "--role=backend",
                        "--type=technical",
                        "--level=mid",
                        "--tech=",
                        "--questions=3",
                        "--follow-ups=0")
                .start();
        BufferedReader out = new BufferedReader(new InputStreamReader(first.getInputStream(), StandardCharsets.UTF_8));
        OutputStream in = first.getOutputStream();
        in.write("I would profile first, then add an index on the filtered column; latency fell 10x.\n\n"
                .getBytes(StandardCharsets.UTF_8));
        in.flush();
        String pending = waitForLine(out, "Question 2 of 3");

        first.destroyForcibly().waitFor(10, TimeUnit.SECONDS);

        String sessions = run(app("sessions"), "");
        assertThat(sessions).containsAnyOf("ASKING", "LISTENING").contains("2/3 questions");

        String continued = run(
                app("continue"),
                "A second answer about caching with Redis and a TTL.\n\nA third answer about queues.\n\n");
        assertThat(continued)
                .as("the pending question is on screen again before the next line becomes its answer")
                .contains("Continuing session")
                .contains(pending)
                .contains("Report saved: ");

        try (Stream<Path> files = Files.list(home.resolve("reports"))) {
            Path json = files.filter(p -> p.toString().endsWith(".json"))
                    .findFirst()
                    .orElseThrow();
            JsonNode report = MocksyJson.mapper().readTree(json.toFile());
            assertThat(report.get("questions")).hasSize(3);
            assertThat(report.get("questions").get(0).get("answer").asText()).contains("add an index");
            assertThat(pending)
                    .endsWith(report.get("questions").get(1).get("question").asText());
            assertThat(report.get("questions").get(1).get("answer").asText()).contains("caching with Redis");
            assertThat(report.get("endedEarly").asBoolean()).isFalse();
        }
    }

    @Test
    void should_run_through_the_launcher_script() throws Exception {
        ProcessBuilder launcher = new ProcessBuilder(
                        "bash",
                        "../mocksy",
                        "evaluate",
                        "--question",
                        "What is an index?",
                        "--answer",
                        "next question",
                        "--json")
                .redirectErrorStream(true);

        String out = run(launcher, "");

        assertThat(out).doesNotContain("Building Mocksy");
        JsonNode result = MocksyJson.mapper().readTree(out);
        assertThat(result.get("nonAnswer").asBoolean()).isTrue();
    }

    /** The first line printed that contains {@code text}. */
    private static String waitForLine(BufferedReader out, String text) throws IOException {
        StringBuilder seen = new StringBuilder();
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            seen.append(line).append('\n');
            if (line.contains(text)) {
                return line;
            }
        }
        throw new AssertionError("the app ended before printing '" + text + "':\n" + seen);
    }
}
