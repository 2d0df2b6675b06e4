package dev.mocksy.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.mocksy.speech.AudioClip;
import dev.mocksy.speech.AudioConverter;
import dev.mocksy.speech.WavWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --stt whisper} in the terminal app: the HTTP path against a local server, and every missing piece named. */
class WhisperOptionsTest {

    private static final String VERBOSE_JSON =
            """
            {"task": "transcribe", "language": "english", "duration": 1.4, "text": " I would use a queue.",
             "words": [{"word": "I", "start": 0.0, "end": 0.18}, {"word": "would", "start": 0.18, "end": 0.42},
                       {"word": "use", "start": 0.42, "end": 0.7}, {"word": "a", "start": 0.7, "end": 0.8},
                       {"word": "queue.", "start": 0.8, "end": 1.34}],
             "segments": [{"id": 0, "seek": 0, "start": 0.0, "end": 1.4, "text": " I would use a queue.",
                           "tokens": [50364, 286], "temperature": 0.0, "avg_logprob": -0.22,
                           "compression_ratio": 0.8, "no_speech_prob": 0.01}]}
            """;

    @TempDir
    Path dir;

    private final MockWebServer server = new MockWebServer();
    private Path wav;

    @BeforeEach
    void setUp() throws Exception {
        server.start();
        short[] samples = new short[16000];
        for (int i = 0; i < samples.length; i++) {
            samples[i] = (short) (3000 * Math.sin(2 * Math.PI * 220 * i / 16000.0));
        }
        wav = dir.resolve("answer.wav");
        WavWriter.write(new AudioClip(AudioConverter.bytes(samples), 16000, 1), wav);
    }

    @AfterEach
    void tearDown() throws Exception {
        server.shutdown();
        System.clearProperty("mocksy.whisper.api-key");
    }

    @Test
    void should_transcribe_through_an_openai_compatible_server_with_the_users_key() throws Exception {
        server.enqueue(
                new MockResponse().setHeader("Content-Type", "application/json").setBody(VERBOSE_JSON));
        System.setProperty("mocksy.whisper.api-key", "sk-users-own-key-1234");

        CliRun run = CliRun.of(
                "",
                "transcribe",
                wav.toString(),
                "--stt",
                "whisper",
                "--whisper-url",
                server.url("/v1").toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("I would use a queue.");
        RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
        assertThat(request.getPath()).isEqualTo("/v1/audio/transcriptions");
        assertThat(request.getHeader("Authorization")).isEqualTo("Bearer sk-users-own-key-1234");
        assertThat(request.getBody().readString(StandardCharsets.ISO_8859_1)).contains("RIFF");
        assertThat(run.out() + run.err()).doesNotContain("sk-users-own-key-1234");
    }

    @Test
    void should_say_how_to_give_a_key_when_whisper_is_chosen_without_one() {
        assumeTrue(
                System.getenv("OPENAI_API_KEY") == null && System.getenv("MOCKSY_WHISPER_API_KEY") == null,
                "an OpenAI key is set in the environment, so the missing-key error cannot be shown here");

        CliRun run = CliRun.of("", "transcribe", wav.toString(), "--stt", "whisper");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err())
                .contains("no API key is configured")
                .contains("OPENAI_API_KEY")
                .contains("model-file");
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void should_name_a_missing_model_file() {
        Path missing = dir.resolve("ggml-base.en.bin");

        CliRun run =
                CliRun.of("", "transcribe", wav.toString(), "--stt", "whisper", "--whisper-model", missing.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("--whisper-model: no file at " + missing).contains("ggml");
    }

    @Test
    void should_refuse_a_file_that_is_not_a_ggml_model() throws Exception {
        Path notAModel = Files.writeString(dir.resolve("model.bin"), "PK\u0003\u0004 a zip, not a model");

        CliRun run = CliRun.of(
                "", "transcribe", wav.toString(), "--stt", "whisper", "--whisper-model", notAModel.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("is not a whisper.cpp ggml model");
    }

    @Test
    void should_refuse_unknown_engines_and_options_of_the_other_engine() {
        CliRun unknown = CliRun.of("", "transcribe", wav.toString(), "--stt", "deepspeech");
        CliRun whisperOptionForVosk = CliRun.of(
                "",
                "transcribe",
                wav.toString(),
                "--whisper-model",
                dir.resolve("m.bin").toString());
        CliRun voskOptionForWhisper =
                CliRun.of("", "transcribe", wav.toString(), "--stt", "whisper", "--vosk-model", dir.toString());

        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.err()).contains("--stt must be vosk or whisper, got deepspeech");
        assertThat(whisperOptionForVosk.err()).contains("need --stt whisper");
        assertThat(voskOptionForWhisper.err()).contains("--vosk-model is for Vosk");
    }

    @Test
    void should_refuse_a_speech_engine_for_a_typed_interview() {
        CliRun run = CliRun.of("", "interview", "--home", dir.toString(), "--stt", "whisper");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("need --voice or --mic");
    }

    @Test
    void should_hear_a_recorded_interview_answer_through_whisper() throws Exception {
        server.enqueue(
                new MockResponse().setHeader("Content-Type", "application/json").setBody(VERBOSE_JSON));

        CliRun run = CliRun.of(
                "",
                "interview",
                "--home",
                dir.resolve("home").toString(),
                "--role=backend",
                "--type=technical",
                "--level=mid",
                "--questions=1",
                "--follow-ups=0",
                "--tech=",
                "--voice",
                wav.toString(),
                "--stt",
                "whisper",
                "--whisper-url",
                server.url("/v1").toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Transcript: I would use a queue.");
        assertThat(server.getRequestCount()).isEqualTo(1);
    }
}
