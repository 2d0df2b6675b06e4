package dev.mocksy.llm.openai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.mocksy.AuthenticationException;
import dev.mocksy.ProviderTimeoutException;
import dev.mocksy.http.Canaries;
import dev.mocksy.http.RetryPolicy;
import dev.mocksy.llm.LanguageModelContract.ErrorKind;
import dev.mocksy.speech.AudioClip;
import dev.mocksy.speech.TextToSpeech;
import dev.mocksy.spi.ProviderConfig;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.SocketPolicy;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The interviewer's voice when OpenAI is slow, down, or refuses the key. */
class OpenAiTextToSpeechFaultTest {

    private final MockWebServer server = new MockWebServer();

    @BeforeEach
    void start() throws Exception {
        server.start();
    }

    @AfterEach
    void stop() throws Exception {
        server.shutdown();
    }

    private OpenAiTextToSpeech.Builder voice(String key) {
        return OpenAiTextToSpeech.builder()
                .apiKey(key)
                .baseUrl(server.url("/v1").toString())
                .retryPolicy(RetryPolicy.builder()
                        .maxAttempts(3)
                        .initialDelay(Duration.ofMillis(20))
                        .build());
    }

    private static MockResponse pcm() {
        return new MockResponse().setHeader("Content-Type", "audio/pcm").setBody(new Buffer().write(new byte[480]));
    }

    @Test
    void should_refuse_keys_a_header_cannot_carry_before_sending_anything_and_without_quoting_them() throws Exception {
        List<Throwable> failures = new ArrayList<>();
        String logs = Canaries.logsOf(() -> {
            for (String key : Canaries.UNSENDABLE) {
                failures.add(catchThrowable(() -> voice(key)));
                failures.add(catchThrowable(() -> new OpenAiTextToSpeechProvider()
                        .create(dev.mocksy.spi.ProviderContext.of(ProviderConfig.isolated(Map.of(
                                "openai.api-key",
                                key,
                                "mocksy.openai.base-url",
                                server.url("/v1").toString()))))));
            }
        });

        for (int i = 0; i < failures.size(); i++) {
            Throwable thrown = failures.get(i);
            assertThat(thrown).hasMessageContaining("HTTP header cannot carry");
            assertThat(thrown)
                    .isInstanceOf(i % 2 == 0 ? IllegalArgumentException.class : AuthenticationException.class);
            Canaries.assertNoLeak(Canaries.UNSENDABLE.get(i / 2), thrown);
        }
        assertThat(failures.get(1)).hasMessageContaining("OPENAI_API_KEY");
        assertThat(logs).doesNotContain(Canaries.MARK);
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void should_stop_speaking_with_a_rejected_key_and_never_show_it() throws Exception {
        server.enqueue(OpenAiFixtures.error(ErrorKind.BAD_KEY, 0));
        TextToSpeech voice = new OpenAiTextToSpeechProvider()
                .create(dev.mocksy.spi.ProviderContext.of(ProviderConfig.isolated(Map.of(
                        "openai.api-key",
                        Canaries.SENDABLE,
                        "mocksy.openai.base-url",
                        server.url("/v1").toString()))));
        List<Throwable> failures = new ArrayList<>();

        String logs = Canaries.logsOf(() -> {
            failures.add(catchThrowable(() -> voice.synthesize("Tell me about yourself.")));
            failures.add(catchThrowable(() -> voice.synthesize("Tell me about yourself.")));
        });

        assertThat(failures).allSatisfy(thrown -> assertThat(thrown)
                .isInstanceOf(AuthenticationException.class)
                .hasMessageContaining("OPENAI_API_KEY"));
        assertThat(failures.get(1)).hasMessageContaining("not sent again");
        failures.forEach(thrown -> Canaries.assertNoLeak(Canaries.SENDABLE, thrown));
        assertThat(logs).doesNotContain(Canaries.MARK);
        assertThat(voice.toString()).doesNotContain(Canaries.MARK);
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void should_scrub_the_key_from_an_error_that_quotes_it() {
        server.enqueue(new MockResponse().setResponseCode(400).setBody("voice refused for " + Canaries.SENDABLE));

        Throwable thrown = catchThrowable(() -> voice(Canaries.SENDABLE).build().synthesize("Hello."));

        assertThat(thrown).hasMessageContaining("[redacted]");
        Canaries.assertNoLeak(Canaries.SENDABLE, thrown);
    }

    @Test
    void should_fail_with_a_timeout_when_the_speech_api_stalls_past_the_deadline() {
        for (int i = 0; i < 3; i++) {
            server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
        }
        TextToSpeech voice = voice("tts-key-42").deadline(Duration.ofSeconds(2)).build();

        assertThatThrownBy(() -> voice.synthesize("Hello."))
                .isInstanceOf(ProviderTimeoutException.class)
                .hasMessageContaining("deadline");
    }

    @Test
    void should_retry_a_503_within_the_deadline_and_speak() {
        server.enqueue(OpenAiFixtures.error(ErrorKind.OVERLOADED, 0));
        server.enqueue(pcm());

        AudioClip clip =
                voice("tts-key-42").deadline(Duration.ofSeconds(10)).build().synthesize("Hello.");

        assertThat(clip.pcm()).hasSize(480);
        assertThat(server.getRequestCount()).isEqualTo(2);
    }
}
