package dev.mocksy.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mocksy.internal.MocksyJson;
import dev.mocksy.speech.AudioClip;
import dev.mocksy.speech.WavWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./mocksy interview --voice FILE...} end to end: speech synthesised by espeak-ng, transcribed by Vosk. */
class VoiceInterviewIT {

    @TempDir
    Path dir;

    private CliRun interview(String... voiceFiles) {
        return interview(Stream.empty(), voiceFiles);
    }

    private CliRun interview(Stream<String> extra, String... voiceFiles) {
        Stream<String> flags = Stream.concat(
                Stream.of(
                        "interview",
                        "--home",
                        dir.resolve("home").toString(),
                        "--role=backend",
                        "--type=technical",
                        "--level=mid",
                        "--tech=",
                        "--questions=2",
                        "--follow-ups=0"),
                Stream.concat(extra, Stream.of("--voice")));
        return CliRun.of("", Stream.concat(flags, Stream.of(voiceFiles)).toArray(String[]::new));
    }

    @Test
    void should_answer_every_question_with_a_recording_and_report_the_delivery() throws Exception {
        // given two spoken answers
        Path first = speak("first", "The database was slow so we added more memory to the server");
        Path second = speak("second", "I would measure the latency of the service before changing anything");

        // when
        CliRun run = interview(first.toString(), second.toString());

        // then the transcripts are shown and scored
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("Question 1 of 2: ")
                .contains("Answering with " + first)
                .contains("Question 2 of 2: ")
                .contains("Answering with " + second)
                .contains("Score ")
                .contains("Delivery: ")
                .contains("Delivery over 2 spoken answers: ")
                .contains("Report saved: ");
        List<String> transcripts = run.out()
                .lines()
                .filter(line -> line.startsWith("Transcript: "))
                .toList();
        assertThat(transcripts).hasSize(2);
        assertThat(transcripts.get(0)).contains("database", "memory", "server");
        assertThat(transcripts.get(1)).contains("latency", "service", "changing");

        // and the saved report carries each answer's delivery
        JsonNode report = MocksyJson.mapper().readTree(savedReport(".json").toFile());
        assertThat(report.path("endedEarly").asBoolean()).isFalse();
        assertThat(report.path("questions")).hasSize(2);
        for (JsonNode question : report.path("questions")) {
            JsonNode delivery = question.path("delivery");
            assertThat(delivery.path("wordsPerMinute").asDouble()).isBetween(80.0, 260.0);
            assertThat(delivery.path("wordCount").asInt()).isGreaterThanOrEqualTo(10);
            assertThat(delivery.path("durationSeconds").asDouble()).isGreaterThan(2.0);
            assertThat(delivery.path("pauses").path("count").isInt()).isTrue();
            assertThat(delivery.path("fillerWords").path("ratio").asDouble()).isBetween(0.0, 1.0);
            assertThat(question.path("answer").asText()).isNotBlank();
        }
        assertThat(report.path("heuristicParts").toString()).contains("delivery metrics");
        String markdown = Files.readString(savedReport(".md"));
        assertThat(markdown)
                .containsSubsequence(
                        "## Delivery",
                        "2 answers spoken: ",
                        "words per minute",
                        "- Your pace was ",
                        "- Filler words were ",
                        "## Questions",
                        "Delivery: ",
                        "Delivery: ");
    }

    @Test
    void should_end_early_with_a_report_of_what_was_answered_when_the_recordings_run_out() throws Exception {
        Path only = speak("only", "We tested the change in production and the response time went down");

        CliRun run = interview(only.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("Answering with " + only)
                .contains("No more recorded answers: the interview ends here")
                .contains("Report saved: ");
        assertThat(run.out().lines().filter(line -> line.startsWith("Transcript: ")))
                .singleElement()
                .asString()
                .contains("tested", "production");
        JsonNode report = MocksyJson.mapper().readTree(savedReport(".json").toFile());
        assertThat(report.path("endedEarly").asBoolean()).isTrue();
        assertThat(report.path("endReason").asText()).isEqualTo("the recorded answers ran out");
        assertThat(report.path("questions")
                        .get(0)
                        .path("delivery")
                        .path("wordsPerMinute")
                        .asDouble())
                .isPositive();
    }

    @Test
    void should_record_a_silent_recording_as_a_skipped_question() throws Exception {
        // given one second of silence, then a real answer
        Path silence = dir.resolve("silence.wav");
        WavWriter.write(new AudioClip(new byte[16000 * 2], 16000, 1), silence);
        Path answer = speak("answer", "The database was slow so we added more memory to the server");

        // when
        CliRun run = interview(silence.toString(), answer.toString());

        // then
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("Transcript: (nothing recognised) I didn't quite catch that")
                .contains("this question is recorded as skipped");
        JsonNode questions =
                MocksyJson.mapper().readTree(savedReport(".json").toFile()).path("questions");
        assertThat(questions.get(0).path("answer").asText()).isEmpty();
        assertThat(questions.get(0).path("evaluation").path("flags").toString()).contains("SKIPPED");
        assertThat(questions.get(1).path("answer").asText()).contains("memory");
    }

    @Test
    void should_keep_the_audio_of_each_answer_with_record_and_save_it_as_wav() throws Exception {
        Path first = speak("first", "We cached the hot rows in Redis with a short time to live");
        Path second = speak("second", "I would add an index on the column the query filters by");

        CliRun run = interview(Stream.of("--record"), first.toString(), second.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        String sessionId = MocksyJson.mapper()
                .readTree(savedReport(".json").toFile())
                .path("sessionId")
                .asText();
        assertThat(sessionId).isNotBlank();
        Path saved = dir.resolve("saved");
        CliRun listed = CliRun.of(
                "",
                "recordings",
                sessionId,
                "--out",
                saved.toString(),
                "--home",
                dir.resolve("home").toString());
        assertThat(listed.exitCode()).as(listed.err()).isZero();
        assertThat(listed.out().lines()).hasSize(2);
        try (Stream<Path> files = Files.list(saved)) {
            List<Path> wavs = files.sorted().toList();
            assertThat(wavs).hasSize(2);
            assertThat(Files.readAllBytes(wavs.get(0))).startsWith("RIFF".getBytes(StandardCharsets.US_ASCII));
            assertThat(Files.size(wavs.get(0))).isGreaterThan(16_000L);
        }
    }

    @Test
    void should_say_that_record_needs_voice() {
        CliRun run = CliRun.of(
                "", "interview", "--record", "--home", dir.resolve("home").toString());

        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err()).contains("--record needs --voice or --mic");
    }

    private Path savedReport(String extension) throws IOException {
        try (Stream<Path> files = Files.list(dir.resolve("home").resolve("reports"))) {
            List<Path> found =
                    files.filter(p -> p.toString().endsWith(extension)).toList();
            assertThat(found).hasSize(1);
            return found.get(0);
        }
    }

    /** Synthesises {@code text} with espeak-ng at 150 words per minute, converted to 16 kHz 16-bit mono by sox. */
    private Path speak(String name, String text) throws IOException, InterruptedException {
        requireTools();
        Path raw = dir.resolve(name + "-raw.wav");
        Path wav = dir.resolve(name + ".wav");
        run("espeak-ng", "-v", "en-us", "-s", "150", "-w", raw.toString(), text);
        run("sox", raw.toString(), "-r", "16000", "-c", "1", "-b", "16", "-e", "signed-integer", wav.toString());
        return wav;
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue())
                .as(String.join(" ", command) + ": " + output)
                .isZero();
    }

    private static void requireTools() {
        boolean present = onPath("espeak-ng") && onPath("sox");
        if (!present && "true".equals(System.getenv("CI"))) {
            fail("CI=true but espeak-ng or sox is missing: install Debian packages espeak-ng and sox");
        }
        assumeTrue(present, "install Debian packages espeak-ng and sox");
    }

    private static boolean onPath(String program) {
        String path = System.getenv().getOrDefault("PATH", "");
        return Stream.of(path.split(java.io.File.pathSeparator))
                .anyMatch(directory -> Files.isExecutable(Path.of(directory, program)));
    }
}
