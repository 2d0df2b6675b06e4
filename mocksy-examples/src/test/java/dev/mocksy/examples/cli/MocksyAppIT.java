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
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
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

    @Test
    void should_keep_library_logging_off_the_terminal_and_in_the_log_file() throws Exception {
        Path resume = home.resolve("resume.pdf");
        writePdf(resume, "Dana Reyes", "Backend engineer, 2017 - Present: Java, Kafka, PostgreSQL, Kubernetes.");
        ProcessBuilder profile = app("profile", resume.toString());
        profile.redirectErrorStream(false);

        Process process = profile.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(process.exitValue()).as(out + err).isZero();
        assertThat(out).contains("Java").contains("Kafka");
        assertThat(out + err)
                .as("PDFBox warns about substituted fonts; that belongs in the log, not the conversation")
                .doesNotContain("WARN")
                .doesNotContain("org.apache")
                .doesNotContain("COMMONS-LOGGING");
        assertThat(home.resolve("logs").resolve("mocksy.log")).exists();
    }

    @Test
    void should_say_a_cut_pdf_is_damaged_in_one_line() throws Exception {
        Path whole = home.resolve("whole.pdf");
        writePdf(whole, "Dana Reyes", "Backend engineer since 2017: Java, Kafka, PostgreSQL.");
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = Files.write(home.resolve("cut.pdf"), Arrays.copyOf(bytes, bytes.length / 2));

        Process process = app("profile", cut.toString()).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(process.exitValue()).isNotZero();
        assertThat(out).contains("cut.pdf").contains("damaged").doesNotContain("contains no text");
        assertThat(out.lines().filter(line -> line.startsWith("\tat ")))
                .as("no stack trace on the terminal")
                .isEmpty();
    }

    private static void writePdf(Path file, String... lines) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                content.newLineAtOffset(50, 700);
                for (String line : lines) {
                    content.showText(line);
                    content.newLineAtOffset(0, -16);
                }
                content.endText();
            }
            document.save(file.toFile());
        }
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
