package dev.mocksy.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input to {@code mocksy transcribe}: refused before any model is loaded. */
class TranscribeCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void should_name_a_missing_file() {
        Path missing = dir.resolve("answer.wav");

        int exit = run("transcribe", missing.toString());

        assertThat(exit).isEqualTo(1);
        assertThat(err()).contains("no audio file at " + missing);
    }

    @Test
    void should_say_what_an_mp3_is_and_how_to_convert_it() throws Exception {
        Path mp3 = Files.write(dir.resolve("answer.mp3"), new byte[] {'I', 'D', '3', 4, 0, 0, 0, 0});

        int exit = run("transcribe", mp3.toString(), "--json");

        assertThat(exit).isEqualTo(1);
        assertThat(err()).contains("is not a WAV file (it looks like MP3)").contains("sox");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void should_list_the_contexts_when_given_an_unknown_one() throws Exception {
        Path wav = Files.write(dir.resolve("a.wav"), new byte[0]);

        int exit = run("transcribe", wav.toString(), "--context", "hiring");

        assertThat(exit).isEqualTo(1);
        assertThat(err()).contains("practice, realistic or assessment");
    }

    @Test
    void should_ask_for_the_file_when_none_is_given() {
        int exit = run("transcribe");

        assertThat(exit).isEqualTo(2);
        assertThat(err()).contains("FILE");
    }

    private int run(String... args) {
        return MocksyCli.run(
                args,
                new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
