package dev.mocksy.stt.whisper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.within;

import dev.mocksy.AuthenticationException;
import dev.mocksy.ProviderException;
import dev.mocksy.ProviderTimeoutException;
import dev.mocksy.RateLimitException;
import dev.mocksy.UnsupportedInputException;
import dev.mocksy.http.Canaries;
import dev.mocksy.speech.AudioClip;
import dev.mocksy.speech.AudioConverter;
import dev.mocksy.speech.TranscribedWord;
import dev.mocksy.speech.Transcript;
import dev.mocksy.speech.WavReader;
import dev.mocksy.spi.ProviderConfig;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okhttp3.MultipartReader;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WhisperApiSpeechToTextTest {

    /** A verbose_json answer in OpenAI's shape: language as a name, words without confidences, segments. */
    private static final String VERBOSE_JSON =
            """
            {
              "task": "transcribe",
              "language": "english",
              "duration": 2.4,
              "text": " I would use a queue.",
              "words": [
                {"word": "I", "start": 0.0, "end": 0.18},
                {"word": "would", "start": 0.18, "end": 0.42},
                {"word": "use", "start": 0.42, "end": 0.7},
                {"word": "a", "start": 0.7, "end": 0.8},
                {"word": "queue.", "start": 0.8, "end": 1.34}
              ],
              "segments": [
                {"id": 0, "seek": 0, "start": 0.0, "end": 1.4, "text": " I would use a queue.",
                 "tokens": [50364, 286, 576], "temperature": 0.0, "avg_logprob": -0.2231,
                 "compression_ratio": 0.8, "no_speech_prob": 0.01}
              ]
            }
            """;

    private final MockWebServer server = new MockWebServer();
    private final AudioClip clip = new AudioClip(AudioConverter.bytes(new short[44100]), 44100, 1); // 1 s at 44.1 kHz

    @BeforeEach
    void start() throws IOException {
        server.start();
    }

    @AfterEach
    void stop() throws IOException {
        server.shutdown();
    }

    @Test
    void should_upload_16_khz_wav_as_multipart_with_verbose_json_and_word_timestamps() throws Exception {
        server.enqueue(json(200, VERBOSE_JSON));
        WhisperApiSettings settings =
                settings("sk-test-secret").withLanguage("en").withPrompt("Kafka, gRPC");

        new WhisperApiSpeechToText(settings).transcribe(clip);

        RecordedRequest request = server.takeRequest();
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getPath()).isEqualTo("/v1/audio/transcriptions");
        assertThat(request.getHeader("Authorization")).isEqualTo("Bearer sk-test-secret");
        assertThat(request.getHeader("Content-Type")).startsWith("multipart/form-data; boundary=");
        Map<String, List<Part>> parts = parts(request);
        assertThat(parts.get("model")).extracting(Part::text).containsExactly("whisper-1");
        assertThat(parts.get("response_format")).extracting(Part::text).containsExactly("verbose_json");
        assertThat(parts.get("timestamp_granularities[]"))
                .extracting(Part::text)
                .containsExactly("word", "segment");
        assertThat(parts.get("language")).extracting(Part::text).containsExactly("en");
        assertThat(parts.get("prompt")).extracting(Part::text).containsExactly("Kafka, gRPC");
        Part file = parts.get("file").get(0);
        assertThat(file.disposition()).contains("filename=\"answer.wav\"");
        assertThat(file.contentType()).isEqualTo("audio/wav");
        AudioClip uploaded = WavReader.read(new ByteArrayInputStream(file.bytes()), "upload");
        assertThat(uploaded.sampleRate()).isEqualTo(16000);
        assertThat(uploaded.channels()).isEqualTo(1);
        assertThat(uploaded.durationSeconds()).isCloseTo(1.0, within(0.01));
    }

    @Test
    void should_leave_out_optional_fields_and_the_key_when_not_set() throws Exception {
        server.enqueue(json(200, VERBOSE_JSON));

        new WhisperApiSpeechToText(settings(null)).transcribe(clip);

        RecordedRequest request = server.takeRequest();
        assertThat(request.getHeader("Authorization")).isNull();
        assertThat(parts(request)).doesNotContainKeys("language", "prompt");
    }

    @Test
    void should_read_words_times_segment_confidence_and_the_language_code() {
        server.enqueue(json(200, VERBOSE_JSON));

        Transcript transcript = new WhisperApiSpeechToText(settings("k")).transcribe(clip);

        assertThat(transcript.text()).isEqualTo("I would use a queue.");
        assertThat(transcript.language()).isEqualTo("en");
        assertThat(transcript.words())
                .extracting(TranscribedWord::word)
                .containsExactly("I", "would", "use", "a", "queue.");
        TranscribedWord last = transcript.words().get(4);
        assertThat(last.start()).isEqualTo(0.8);
        assertThat(last.end()).isEqualTo(1.34);
        assertThat(last.confidence()).isCloseTo(Math.exp(-0.2231), within(1e-9));
    }

    @Test
    void should_take_word_probabilities_when_the_server_gives_them() {
        server.enqueue(
                json(
                        200,
                        """
                {"language": "en", "text": "Hello there",
                 "words": [{"word": " Hello", "start": 0.1, "end": 0.5, "probability": 0.93},
                           {"word": " there", "start": 0.5, "end": 0.9, "probability": 0.61}]}
                """));

        Transcript transcript = new WhisperApiSpeechToText(settings("k")).transcribe(clip);

        assertThat(transcript.words())
                .extracting(TranscribedWord::word, TranscribedWord::confidence)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Hello", 0.93),
                        org.assertj.core.groups.Tuple.tuple("there", 0.61));
    }

    @Test
    void should_accept_a_plain_json_answer_without_words() {
        server.enqueue(json(200, "{\"text\": \"Just text.\"}"));

        Transcript transcript = new WhisperApiSpeechToText(settings("k").withLanguage("de")).transcribe(clip);

        assertThat(transcript.text()).isEqualTo("Just text.");
        assertThat(transcript.words()).isEmpty();
        assertThat(transcript.language()).isEqualTo("de");
    }

    @Test
    void should_retry_after_a_rate_limit_as_the_server_asks() throws Exception {
        server.enqueue(
                json(429, "{\"error\": {\"message\": \"Rate limit reached\"}}").setHeader("Retry-After", "0"));
        server.enqueue(json(200, VERBOSE_JSON));

        Transcript transcript = new WhisperApiSpeechToText(settings("k")).transcribe(clip);

        assertThat(transcript.text()).contains("queue");
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void should_give_up_after_the_configured_retries_on_server_errors() {
        for (int i = 0; i < 3; i++) {
            server.enqueue(json(503, "{\"error\": {\"message\": \"overloaded\"}}"));
        }

        assertThatThrownBy(() -> new WhisperApiSpeechToText(settings("k")).transcribe(clip))
                .isInstanceOf(ProviderException.class)
                .hasMessageContaining("HTTP 503")
                .hasMessageContaining("overloaded");
        assertThat(server.getRequestCount()).isEqualTo(3);
    }

    @ParameterizedTest
    @ValueSource(ints = {401, 403})
    void should_report_a_refused_key_without_showing_it(int status) {
        server.enqueue(json(status, "{\"error\": {\"message\": \"Incorrect API key provided\"}}"));

        assertThatThrownBy(() -> new WhisperApiSpeechToText(settings("sk-very-secret")).transcribe(clip))
                .isInstanceOf(AuthenticationException.class)
                .hasMessageContaining("the API key")
                .hasMessageContaining("OPENAI_API_KEY")
                .hasMessageNotContaining("sk-very-secret");
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void should_report_refused_audio_as_unsupported_input() {
        server.enqueue(json(400, "{\"error\": {\"message\": \"Audio file is too short.\"}}"));

        assertThatThrownBy(() -> new WhisperApiSpeechToText(settings("k")).transcribe(clip))
                .isInstanceOf(UnsupportedInputException.class)
                .hasMessageContaining("Audio file is too short.");
    }

    @Test
    void should_point_at_the_base_url_when_the_endpoint_is_missing() {
        server.enqueue(new MockResponse().setResponseCode(404).setBody("Not Found"));

        assertThatThrownBy(() -> new WhisperApiSpeechToText(settings("k")).transcribe(clip))
                .isInstanceOf(ProviderException.class)
                .hasMessageContaining("mocksy.whisper.base-url")
                .hasMessageContaining("Not Found");
    }

    @Test
    void should_report_an_answer_that_is_not_json() {
        server.enqueue(new MockResponse().setBody("<html>proxy error</html>"));

        assertThatThrownBy(() -> new WhisperApiSpeechToText(settings("k")).transcribe(clip))
                .isInstanceOf(ProviderException.class)
                .hasMessageContaining("not JSON")
                .hasMessageContaining("proxy error");
    }

    @Test
    void should_time_out_with_a_clear_error() {
        server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
        WhisperApiSettings settings = new WhisperApiSettings(
                server.url("/v1").toString(), "k", "whisper-1", null, null, Duration.ofMillis(300), 0, Duration.ZERO);

        assertThatThrownBy(() -> new WhisperApiSpeechToText(settings).transcribe(clip))
                .isInstanceOf(ProviderException.class)
                .hasMessageContaining("no answer from");
    }

    @Test
    void should_need_a_key_for_openai_but_not_for_a_local_server() {
        ProviderConfig none = ProviderConfig.isolated(Map.of());
        ProviderConfig local = ProviderConfig.isolated(Map.of(WhisperApiSettings.BASE_URL, "http://localhost:8080/v1"));
        ProviderConfig openAiKey = ProviderConfig.isolated(Map.of(WhisperApiSettings.OPENAI_API_KEY, "sk-from-env"));

        assertThatThrownBy(() -> WhisperApiSettings.from(none))
                .isInstanceOf(ProviderException.class)
                .hasMessageContaining("OPENAI_API_KEY");
        assertThat(WhisperApiSettings.from(local).apiKey()).isNull();
        assertThat(WhisperApiSettings.from(openAiKey).apiKey()).isEqualTo("sk-from-env");
        assertThat(WhisperApiSettings.from(openAiKey).toString()).doesNotContain("sk-from-env");
    }

    @Test
    void should_refuse_a_base_url_that_is_not_http() {
        assertThatThrownBy(() -> new WhisperApiSettings(
                        "ftp://example.com", null, "whisper-1", null, null, Duration.ofSeconds(1), 0, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("baseUrl");
    }

    @Test
    void should_refuse_retry_settings_the_shared_retry_policy_cannot_run() {
        assertThatThrownBy(() -> settings("k").withRetries(20, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxRetries");
        assertThatThrownBy(() -> settings("k").withRetries(1, Duration.ofMillis(-1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("initialBackoff");
    }

    @Test
    void should_fail_at_once_when_the_server_asks_for_a_longer_wait_than_an_answer_can_take() {
        server.enqueue(
                json(429, "{\"error\": {\"message\": \"Rate limit reached\"}}").setHeader("Retry-After", "3600"));

        assertThatThrownBy(() -> new WhisperApiSpeechToText(settings("k")).transcribe(clip))
                .isInstanceOf(RateLimitException.class)
                .hasMessageContaining("Rate limit reached");
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void should_refuse_keys_a_header_cannot_carry_before_sending_anything_and_without_quoting_them() throws Exception {
        List<Throwable> failures = new ArrayList<>();
        String logs = Canaries.logsOf(() -> {
            for (String key : Canaries.UNSENDABLE) {
                failures.add(catchThrowable(() -> settings(key)));
                failures.add(catchThrowable(() -> new WhisperSpeechToTextProvider()
                        .create(dev.mocksy.spi.ProviderContext.of(ProviderConfig.isolated(Map.of(
                                WhisperApiSettings.API_KEY,
                                key,
                                WhisperApiSettings.BASE_URL,
                                server.url("/v1").toString()))))));
            }
        });

        for (int i = 0; i < failures.size(); i++) {
            Throwable thrown = failures.get(i);
            assertThat(thrown)
                    .isInstanceOf(i % 2 == 0 ? IllegalArgumentException.class : AuthenticationException.class)
                    .hasMessageContaining("HTTP header cannot carry");
            Canaries.assertNoLeak(Canaries.UNSENDABLE.get(i / 2), thrown);
        }
        assertThat(failures.get(1)).hasMessageContaining("MOCKSY_WHISPER_API_KEY");
        assertThat(logs).doesNotContain(Canaries.MARK);
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void should_never_show_the_key_in_failures_logs_or_descriptions() throws Exception {
        WhisperApiSpeechToText whisper = new WhisperApiSpeechToText(settings(Canaries.SENDABLE));
        List<String> texts = new ArrayList<>();
        String logs = Canaries.logsOf(() -> {
            texts.add(whisper.toString());
            server.enqueue(json(400, "{\"error\": {\"message\": \"bad audio for " + Canaries.SENDABLE + "\"}}"));
            texts.addAll(Canaries.describe(catchThrowable(() -> whisper.transcribe(clip))));
            server.enqueue(new MockResponse().setBody("<html>proxy error for " + Canaries.SENDABLE + "</html>"));
            texts.addAll(Canaries.describe(catchThrowable(() -> whisper.transcribe(clip))));
            server.enqueue(json(503, "{\"error\": {\"message\": \"down\"}}"));
            server.enqueue(json(503, "{\"error\": {\"message\": \"down, " + Canaries.SENDABLE + "\"}}"));
            server.enqueue(json(503, "{\"error\": {\"message\": \"still down\"}}"));
            texts.addAll(Canaries.describe(catchThrowable(() -> whisper.transcribe(clip))));
        });

        Canaries.assertNoLeak(Canaries.SENDABLE, texts);
        assertThat(String.join("\n", texts)).contains("[redacted]");
        assertThat(logs).doesNotContain(Canaries.MARK).contains("retrying");
    }

    @Test
    void should_stop_sending_a_key_the_server_rejected() {
        server.enqueue(
                json(401, "{\"error\": {\"message\": \"Incorrect API key provided\", \"code\": \"invalid_api_key\"}}"));
        server.enqueue(json(200, VERBOSE_JSON));
        WhisperApiSpeechToText whisper = new WhisperApiSpeechToText(settings("sk-rejected-123456"));

        assertThatThrownBy(() -> whisper.transcribe(clip)).isInstanceOf(AuthenticationException.class);
        assertThatThrownBy(() -> whisper.transcribe(clip))
                .isInstanceOf(AuthenticationException.class)
                .hasMessageContaining("not sent again")
                .hasMessageContaining("OPENAI_API_KEY");
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void should_fail_with_a_timeout_when_the_server_stalls_past_the_deadline() {
        for (int i = 0; i < 3; i++) {
            server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
        }
        WhisperApiSettings settings = new WhisperApiSettings(
                server.url("/v1").toString(),
                "k",
                "whisper-1",
                null,
                null,
                Duration.ofSeconds(2),
                2,
                Duration.ofMillis(50));

        assertThatThrownBy(() -> new WhisperApiSpeechToText(settings).transcribe(clip))
                .isInstanceOf(ProviderTimeoutException.class)
                .hasMessageContaining("within 2 s")
                .hasMessageContaining("deadline");
    }

    @Test
    void should_retry_a_503_within_the_deadline_and_transcribe() {
        server.enqueue(json(503, "{\"error\": {\"message\": \"overloaded\"}}"));
        server.enqueue(json(200, VERBOSE_JSON));
        WhisperApiSettings settings = new WhisperApiSettings(
                server.url("/v1").toString(),
                "k",
                "whisper-1",
                null,
                null,
                Duration.ofSeconds(10),
                2,
                Duration.ofMillis(20));

        assertThat(new WhisperApiSpeechToText(settings).transcribe(clip).text()).isEqualTo("I would use a queue.");
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void should_read_its_deadline_and_attempts_from_settings() {
        WhisperApiSettings settings = WhisperApiSettings.from(ProviderConfig.isolated(Map.of(
                WhisperApiSettings.BASE_URL,
                "http://localhost:8080/v1",
                "mocksy.whisper.timeout-seconds",
                "45",
                "mocksy.whisper.max-attempts",
                "1")));

        assertThat(settings.timeout()).isEqualTo(Duration.ofSeconds(45));
        assertThat(settings.maxRetries()).isZero();
        assertThatThrownBy(() -> WhisperApiSettings.from(ProviderConfig.isolated(Map.of(
                        WhisperApiSettings.BASE_URL, "http://localhost:8080/v1", "mocksy.whisper.max-attempts", "0"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("mocksy.whisper.max-attempts");
    }

    @Test
    void should_tell_a_used_up_quota_from_a_rate_limit() {
        server.enqueue(json(
                429,
                "{\"error\": {\"message\": \"You exceeded your current quota\", \"type\": \"insufficient_quota\","
                        + " \"code\": \"insufficient_quota\"}}"));

        assertThatThrownBy(() -> new WhisperApiSpeechToText(settings("k")).transcribe(clip))
                .isInstanceOf(dev.mocksy.QuotaExhaustedException.class);
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    private WhisperApiSettings settings(String key) {
        return new WhisperApiSettings(
                server.url("/v1/").toString(), key, "whisper-1", null, null, Duration.ofSeconds(10), 2, Duration.ZERO);
    }

    private static MockResponse json(int status, String body) {
        return new MockResponse()
                .setResponseCode(status)
                .setHeader("Content-Type", "application/json")
                .setBody(body);
    }

    record Part(String disposition, String contentType, byte[] bytes) {
        String text() {
            return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    private static Map<String, List<Part>> parts(RecordedRequest request) throws IOException {
        String contentType = request.getHeader("Content-Type");
        String boundary = contentType.substring(contentType.indexOf("boundary=") + "boundary=".length());
        Map<String, List<Part>> parts = new LinkedHashMap<>();
        Buffer body = request.getBody().clone();
        try (MultipartReader reader = new MultipartReader(body, boundary)) {
            for (MultipartReader.Part part = reader.nextPart(); part != null; part = reader.nextPart()) {
                String disposition = part.headers().get("Content-Disposition");
                String name = disposition.replaceAll("^form-data; name=\"([^\"]*)\".*", "$1");
                byte[] bytes = part.body().readByteArray();
                parts.computeIfAbsent(name, key -> new ArrayList<>())
                        .add(new Part(disposition, part.headers().get("Content-Type"), bytes));
            }
        }
        return parts;
    }
}
