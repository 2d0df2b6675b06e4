package dev.mocksy.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.DataLine;
import javax.sound.sampled.TargetDataLine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bad inputs of {@code interview --voice} and {@code --mic}: refused before the interview starts. */
class VoiceInterviewCommandTest {

    @TempDir
    Path dir;

    private CliRun interview(String... flags) {
        Stream<String> fixed = Stream.of(
                "interview",
                "--home",
                dir.resolve("home").toString(),
                "--role=backend",
                "--type=technical",
                "--level=mid",
                "--tech=",
                "--questions=2");
        return CliRun.of("", Stream.concat(fixed, Stream.of(flags)).toArray(String[]::new));
    }

    private void assertNothingStarted(CliRun run) {
        assertThat(run.exitCode()).isNotZero();
        assertThat(run.out()).doesNotContain("Question 1").doesNotContain("Session ");
        assertThat(dir.resolve("home"))
                .as("nothing written to the home directory")
                .doesNotExist();
    }

    @Test
    void should_name_a_missing_recording_and_start_nothing() {
        Path missing = dir.resolve("missing.wav");

        CliRun run = interview("--voice", missing.toString());

        assertNothingStarted(run);
        assertThat(run.err()).startsWith("mocksy: no audio file at " + missing).contains("WAV");
    }

    @Test
    void should_name_a_text_file_posing_as_a_wav_file_and_start_nothing() throws IOException {
        Path text = dir.resolve("answer.wav");
        Files.writeString(text, "I would add an index on the customer column, then check the plan.");
        Path missing = dir.resolve("later.wav");

        CliRun run = interview("--voice", text.toString(), missing.toString());

        assertNothingStarted(run);
        assertThat(run.err()).startsWith("mocksy: ").contains(text.toString()).doesNotContain(missing.toString());
    }

    @Test
    void should_check_every_recording_before_the_first_question() throws IOException {
        Path first = dir.resolve("first.wav");
        dev.mocksy.speech.WavWriter.write(new dev.mocksy.speech.AudioClip(new byte[3200], 16000, 1), first);
        Path missing = dir.resolve("second.wav");

        CliRun run = interview("--voice", first.toString(), missing.toString());

        assertNothingStarted(run);
        assertThat(run.err()).contains("no audio file at " + missing);
    }

    @Test
    void should_explain_that_there_is_no_microphone() {
        assumeFalse(
                AudioSystem.isLineSupported(new DataLine.Info(
                        TargetDataLine.class, new AudioFormat(MicrophoneAnswers.SAMPLE_RATE, 16, 1, true, false))),
                "this machine has a microphone; the error path needs one without");

        CliRun run = interview("--mic");

        assertNothingStarted(run);
        assertThat(run.err())
                .startsWith("mocksy: no microphone records 16-bit signed PCM, 16000 Hz, mono here")
                .contains("answer with recorded WAV files instead");
    }

    @Test
    void should_refuse_voice_and_mic_together() throws IOException {
        Path file = dir.resolve("a.wav");
        dev.mocksy.speech.WavWriter.write(new dev.mocksy.speech.AudioClip(new byte[3200], 16000, 1), file);

        CliRun run = interview("--voice", file.toString(), "--mic");

        assertNothingStarted(run);
        assertThat(run.err()).isEqualTo("mocksy: use --voice FILE... or --mic, not both" + System.lineSeparator());
    }

    @Test
    void should_ask_for_at_least_one_recording() {
        CliRun run = interview("--voice");

        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err()).contains("--voice");
    }
}
