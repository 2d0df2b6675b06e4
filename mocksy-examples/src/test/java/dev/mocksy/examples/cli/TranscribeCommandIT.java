package dev.mocksy.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mocksy.internal.MocksyJson;
import dev.mocksy.speech.AudioClip;
import dev.mocksy.speech.WavWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code mocksy transcribe} with the bundled Vosk model on real recordings. */
class TranscribeCommandIT {

    private static final Path RECORDING =
            Path.of("/usr/share/pocketsphinx/test/data/librivox/sense_and_sensibility_01_austen_64kb-0870.wav");

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void should_print_text_words_and_delivery_as_json() throws Exception {
        requireRecording();

        int exit = run("transcribe", RECORDING.toString(), "--json");

        assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
        JsonNode json = MocksyJson.mapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(json.path("text").asText()).contains("john dashwood", "prudently");
        assertThat(json.path("language").asText()).isEqualTo("en");
        JsonNode first = json.path("words").get(0);
        assertThat(first.path("word").asText()).isEqualTo("and");
        assertThat(first.path("start").asDouble()).isGreaterThanOrEqualTo(0);
        assertThat(first.path("end").asDouble())
                .isGreaterThan(first.path("start").asDouble());
        assertThat(first.path("confidence").asDouble()).isBetween(0.0, 1.0);
        JsonNode delivery = json.path("delivery");
        assertThat(delivery.path("wordsPerMinute").asDouble()).isBetween(120.0, 260.0);
        assertThat(delivery.path("articulationRate").asDouble())
                .isGreaterThanOrEqualTo(delivery.path("wordsPerMinute").asDouble());
        assertThat(delivery.path("pauses").path("count").isInt()).isTrue();
        assertThat(delivery.path("fillerWords").path("count").isInt()).isTrue();
        assertThat(delivery.path("pitch").path("meanHz").asDouble()).isBetween(70.0, 400.0);
        assertThat(delivery.path("practiceLabel").asText()).isNotBlank();
    }

    @Test
    void should_print_a_readable_summary_without_json() {
        requireRecording();

        int exit = run("transcribe", RECORDING.toString(), "--context", "assessment");

        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(exit).isZero();
        assertThat(text).contains("john dashwood").contains("words per minute").contains("Filler words");
        assertThat(text).doesNotContain("Pitch").doesNotContain("heuristic");
    }

    @Test
    void should_report_silence_as_nothing_recognised() throws Exception {
        Path silence = dir.resolve("silence.wav");
        WavWriter.write(new AudioClip(new byte[16000 * 2 * 2], 16000, 1), silence);

        int exit = run("transcribe", silence.toString(), "--json");

        assertThat(exit).isZero();
        JsonNode json = MocksyJson.mapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(json.path("text").asText()).isEmpty();
        assertThat(json.path("words").size()).isZero();
        assertThat(json.path("delivery").path("wordsPerMinute").asDouble()).isZero();
    }

    private static void requireRecording() {
        boolean present = Files.exists(RECORDING);
        if (!present && "true".equals(System.getenv("CI"))) {
            fail("CI=true but " + RECORDING + " is missing: install Debian package pocketsphinx-testdata");
        }
        assumeTrue(present, "install Debian package pocketsphinx-testdata");
    }

    private int run(String... args) {
        return MocksyCli.run(
                args,
                new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }
}
