package dev.mocksy.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mocksy.speech.AudioClip;
import dev.mocksy.speech.WavReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The interviewer's offline voice in the terminal app: {@code say} and {@code interview --speak}, with MaryTTS. */
class SayCommandIT {

    @TempDir
    Path dir;

    @BeforeEach
    void noSpeakers() {
        // the build machine may or may not have an audio output: files either way
        System.setProperty(Speakers.PROPERTY, "off");
    }

    @AfterEach
    void clear() {
        System.clearProperty(Speakers.PROPERTY);
    }

    @Test
    void should_write_the_spoken_text_to_a_wav_file() {
        Path wav = dir.resolve("hello.wav");

        CliRun run = CliRun.of(
                "",
                "say",
                "--home",
                dir.toString(),
                "Tell me about a project you are proud of.",
                "--out",
                wav.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Wrote " + wav);
        AudioClip clip = WavReader.read(wav);
        assertThat(clip.durationSeconds()).isBetween(1.0, 6.0);
    }

    @Test
    void should_refuse_an_output_that_is_not_a_wav_file() {
        CliRun run = CliRun.of(
                "",
                "say",
                "--home",
                dir.toString(),
                "Hello",
                "--out",
                dir.resolve("x.mp3").toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("--out must name a .wav file");
    }

    @Test
    void should_say_where_to_write_when_there_are_no_speakers() {
        CliRun run = CliRun.of("", "say", "--home", dir.toString(), "Hello there.");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("no audio output").contains("--out FILE.wav");
    }

    @Test
    void should_speak_each_question_into_a_file_next_to_the_session_without_speakers() throws Exception {
        CliRun run = CliRun.of(
                "I would add an index on the filtered column and check the plan with EXPLAIN.\n\n/quit\n",
                "interview",
                "--home",
                dir.toString(),
                "--role=backend",
                "--type=technical",
                "--level=mid",
                "--questions=2",
                "--follow-ups=0",
                "--tech=",
                "--speak");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("No audio output here")
                .contains("question-1.wav")
                .contains("question-2.wav");
        List<Path> spoken;
        try (Stream<Path> files = Files.walk(dir.resolve("sessions"))) {
            spoken = files.filter(p -> p.toString().endsWith(".wav")).sorted().toList();
        }
        assertThat(spoken)
                .extracting(p -> p.getFileName().toString())
                .containsExactly("question-1.wav", "question-2.wav");
        assertThat(WavReader.read(spoken.get(0)).durationSeconds()).isGreaterThan(1.0);
    }

    @Test
    void should_speak_the_questions_of_a_continued_interview() throws Exception {
        dev.mocksy.interview.InterviewSession interrupted = dev.mocksy.Mocksy.builder()
                .setting("mocksy.home", dir.toString())
                .setting("mocksy.store", "file")
                .build()
                .startInterview(dev.mocksy.interview.InterviewPlan.builder()
                        .role("backend")
                        .type("technical")
                        .level("mid")
                        .questionCount(2)
                        .maxFollowUps(0)
                        .build());
        interrupted.start();
        interrupted.receiveAnswer("An index on customer_id lets the filter skip the full scan; writes get slower.");

        CliRun run = CliRun.of(
                "A pool caps the connections and reuses them.\n\n", "continue", "--home", dir.toString(), "--speak");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("question-2.wav");
        assertThat(dir.resolve("sessions").resolve(interrupted.id()).resolve("question-2.wav"))
                .exists();
    }
}
