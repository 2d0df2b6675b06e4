package dev.mocksy.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mocksy.AuthenticationException;
import dev.mocksy.ContentRefusedException;
import dev.mocksy.InvalidRequestException;
import dev.mocksy.InvalidResponseException;
import dev.mocksy.ModelNotFoundException;
import dev.mocksy.ProviderException;
import dev.mocksy.ProviderTimeoutException;
import dev.mocksy.ProviderUnavailableException;
import dev.mocksy.QuotaExhaustedException;
import dev.mocksy.RateLimitException;
import dev.mocksy.StreamInterruptedException;
import dev.mocksy.http.Canaries;
import dev.mocksy.http.RetryPolicy;
import dev.mocksy.internal.MocksyJson;
import dev.mocksy.spi.LanguageModelProvider;
import dev.mocksy.spi.ProviderConfig;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What every {@link LanguageModel} over HTTP must do, checked against a loopback server speaking the provider's own
 * wire format. A provider module extends this class and supplies its fixtures.
 */
public abstract class LanguageModelContract {

    /** A recognisable fake key: it must never leave the key header. */
    protected static final String CANARY_KEY = Canaries.SENDABLE;

    /** The provider's failures a fixture can produce, in its own wire format. */
    public enum ErrorKind {
        BAD_KEY(AuthenticationException.class, false),
        RATE_LIMIT(RateLimitException.class, true),
        QUOTA(QuotaExhaustedException.class, false),
        MODEL_NOT_FOUND(ModelNotFoundException.class, false),
        OVERLOADED(ProviderUnavailableException.class, true),
        SERVER_ERROR(ProviderUnavailableException.class, true),
        BAD_REQUEST(InvalidRequestException.class, false);

        final Class<? extends ProviderException> expected;
        final boolean retryable;

        ErrorKind(Class<? extends ProviderException> expected, boolean retryable) {
            this.expected = expected;
            this.retryable = retryable;
        }
    }

    /** A structured reply for the structured-output check. */
    public record Verdict(String grade, int score, List<String> reasons) {}

    protected MockWebServer server;
    protected final List<Duration> sleeps = new CopyOnWriteArrayList<>();

    /** The model under test against {@code baseUrl}; {@code apiKey} may be {@code null}. */
    protected abstract LanguageModel model(String baseUrl, String apiKey, RetryPolicy retry, Timeouts timeouts);

    /** The base URL to give the model for this server. */
    protected String baseUrl() {
        return server.url("/v1").toString();
    }

    /** A successful non-streamed reply with this text and usage. */
    protected abstract MockResponse textReply(String text, int inputTokens, int outputTokens);

    /** A successful non-streamed structured reply holding this JSON document. */
    protected abstract MockResponse structuredReply(String json);

    /** A streamed reply of these pieces; {@code complete=false} cuts it off before the provider's final event. */
    protected abstract MockResponse streamReply(List<String> deltas, boolean complete);

    /** An error in the provider's format; {@code retryAfterSeconds} adds a {@code Retry-After} header when > 0. */
    protected abstract MockResponse errorReply(ErrorKind kind, int retryAfterSeconds);

    /** A 200 reply without any content (no choices, no candidates, no content blocks). */
    protected abstract MockResponse emptyReply();

    /** A 200 reply saying the content was refused or filtered. */
    protected abstract MockResponse refusedReply();

    /** The key as the request carried it in the provider's key header. */
    protected abstract String sentKey(RecordedRequest request);

    /** The provider's factory, as discovery finds it. */
    protected abstract LanguageModelProvider provider();

    /** The first setting the factory reads the key from, e.g. {@code openai.api-key}. */
    protected abstract String keySetting();

    /** The model the factory creates from settings, pointed at this server, with the key in {@link #keySetting()}. */
    protected LanguageModel fromSettings(String apiKey, Map<String, String> settings) {
        String id = provider().id();
        Map<String, String> all = new HashMap<>(settings);
        all.put(keySetting(), apiKey);
        all.put(LanguageModels.baseUrlSetting(id), baseUrl());
        all.putIfAbsent(LanguageModels.maxAttemptsSetting(id), "1");
        return provider().create(dev.mocksy.spi.ProviderContext.of(ProviderConfig.isolated(all)));
    }

    @BeforeEach
    void startServer() throws Exception {
        server = new MockWebServer();
        server.start();
    }

    @AfterEach
    void stopServer() throws Exception {
        server.shutdown();
    }

    protected RetryPolicy retries(int attempts) {
        return RetryPolicy.builder()
                .maxAttempts(attempts)
                .initialDelay(Duration.ofMillis(100))
                .jitter(0)
                .sleeper(sleeps::add)
                .build();
    }

    protected LanguageModel model(String apiKey, int attempts) {
        return model(baseUrl(), apiKey, retries(attempts), Timeouts.DEFAULT);
    }

    protected static ChatRequest question() {
        return ChatRequest.builder()
                .system("You are a concise interviewer.")
                .user("Ask one question about SQL indexes.")
                .temperature(0.3)
                .maxOutputTokens(200)
                .build();
    }

    protected RecordedRequest taken() throws InterruptedException {
        RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
        assertThat(request).as("the model sent a request").isNotNull();
        return request;
    }

    protected static JsonNode json(RecordedRequest request) throws Exception {
        return MocksyJson.mapper().readTree(request.getBody().readUtf8());
    }

    @Test
    void should_return_the_text_usage_and_model() {
        server.enqueue(textReply("What does a B-tree index speed up?", 21, 9));

        ChatResponse response = model(CANARY_KEY, 1).chat(question());

        assertThat(response.text()).isEqualTo("What does a B-tree index speed up?");
        assertThat(response.usage()).isEqualTo(new TokenUsage(21, 9));
        assertThat(response.model()).isNotBlank();
        assertThat(response.finishReason()).isEqualTo(FinishReason.STOP);
    }

    @Test
    void should_send_the_key_only_in_its_header() throws Exception {
        server.enqueue(textReply("ok", 1, 1));

        model(CANARY_KEY, 1).chat(question());

        RecordedRequest request = taken();
        assertThat(sentKey(request)).isEqualTo(CANARY_KEY);
        assertThat(request.getRequestUrl().toString()).doesNotContain(CANARY_KEY);
        assertThat(request.getBody().readUtf8()).doesNotContain(CANARY_KEY);
    }

    @Test
    void should_use_the_key_of_the_request_over_the_configured_one() throws Exception {
        server.enqueue(textReply("ok", 1, 1));

        model("configured-key-1234", 1)
                .chat(question().toBuilder()
                        .apiKey(ApiKey.of("users-own-key-5678"))
                        .build());

        assertThat(sentKey(taken())).isEqualTo("users-own-key-5678");
    }

    @Test
    void should_fail_without_any_key_before_sending_anything() {
        Throwable thrown = catchThrowable(() -> model(null, 3).chat(question()));

        assertThat(thrown).isInstanceOf(AuthenticationException.class).hasMessageContaining("API_KEY");
        assertThat(server.getRequestCount()).isZero();
    }

    @ParameterizedTest
    @EnumSource(ErrorKind.class)
    void should_map_each_error_to_its_type(ErrorKind kind) {
        server.enqueue(errorReply(kind, 0));

        Throwable thrown = catchThrowable(() -> model(CANARY_KEY, 1).chat(question()));

        assertThat(thrown).isInstanceOf(kind.expected);
        assertThat(((ProviderException) thrown).provider()).isNotBlank();
    }

    @ParameterizedTest
    @EnumSource(
            value = ErrorKind.class,
            names = {"BAD_KEY", "QUOTA", "MODEL_NOT_FOUND", "BAD_REQUEST"})
    void should_not_retry_what_a_retry_cannot_fix(ErrorKind kind) {
        server.enqueue(errorReply(kind, 0));
        server.enqueue(textReply("never reached", 1, 1));

        assertThatThrownBy(() -> model(CANARY_KEY, 3).chat(question())).isInstanceOf(kind.expected);
        assertThat(server.getRequestCount()).isEqualTo(1);
        assertThat(sleeps).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(
            value = ErrorKind.class,
            names = {"RATE_LIMIT", "OVERLOADED", "SERVER_ERROR"})
    void should_retry_transient_errors_and_then_succeed(ErrorKind kind) {
        server.enqueue(errorReply(kind, 0));
        server.enqueue(textReply("recovered", 2, 1));

        ChatResponse response = model(CANARY_KEY, 3).chat(question());

        assertThat(response.text()).isEqualTo("recovered");
        assertThat(server.getRequestCount()).isEqualTo(2);
        assertThat(sleeps).as("no Retry-After: the policy's own first backoff").containsExactly(Duration.ofMillis(100));
    }

    @Test
    void should_wait_as_long_as_retry_after_says() {
        server.enqueue(errorReply(ErrorKind.RATE_LIMIT, 7));
        server.enqueue(textReply("after the wait", 2, 3));

        ChatResponse response = model(CANARY_KEY, 2).chat(question());

        assertThat(response.text()).isEqualTo("after the wait");
        assertThat(sleeps).containsExactly(Duration.ofSeconds(7));
    }

    @Test
    void should_back_off_exponentially_without_retry_after_and_give_up_after_the_attempts() {
        server.enqueue(errorReply(ErrorKind.SERVER_ERROR, 0));
        server.enqueue(errorReply(ErrorKind.SERVER_ERROR, 0));
        server.enqueue(errorReply(ErrorKind.SERVER_ERROR, 0));

        assertThatThrownBy(() -> model(CANARY_KEY, 3).chat(question()))
                .isInstanceOf(ProviderUnavailableException.class);
        assertThat(server.getRequestCount()).isEqualTo(3);
        assertThat(sleeps).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200));
    }

    @Test
    void should_report_rate_limit_with_its_retry_after_when_attempts_run_out() {
        server.enqueue(errorReply(ErrorKind.RATE_LIMIT, 3));

        Throwable thrown = catchThrowable(() -> model(CANARY_KEY, 1).chat(question()));

        assertThat(thrown).isInstanceOf(RateLimitException.class);
        assertThat(((RateLimitException) thrown).retryAfter()).contains(Duration.ofSeconds(3));
    }

    @Test
    void should_reject_malformed_json() {
        server.enqueue(
                new MockResponse().setHeader("Content-Type", "application/json").setBody("{\"id\": \"x\", oops"));

        assertThatThrownBy(() -> model(CANARY_KEY, 3).chat(question())).isInstanceOf(InvalidResponseException.class);
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void should_reject_a_reply_without_content() {
        server.enqueue(emptyReply());

        assertThatThrownBy(() -> model(CANARY_KEY, 1).chat(question())).isInstanceOf(InvalidResponseException.class);
    }

    @Test
    void should_map_a_refusal_to_content_refused() {
        server.enqueue(refusedReply());

        assertThatThrownBy(() -> model(CANARY_KEY, 1).chat(question())).isInstanceOf(ContentRefusedException.class);
    }

    @Test
    void should_time_out_when_the_server_does_not_answer() {
        server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
        LanguageModel model = model(
                baseUrl(),
                CANARY_KEY,
                retries(1),
                new Timeouts(Duration.ofSeconds(2), Duration.ofMillis(300), Duration.ofSeconds(5)));

        assertThatThrownBy(() -> model.chat(question())).isInstanceOf(ProviderTimeoutException.class);
    }

    @Test
    void should_return_json_that_follows_the_schema() throws Exception {
        server.enqueue(structuredReply("{\"grade\":\"strong\",\"score\":8,\"reasons\":[\"clear\",\"correct\"]}"));

        ChatResponse response = model(CANARY_KEY, 1)
                .chat(question().toBuilder()
                        .responseSchema(JsonSchema.from(Verdict.class))
                        .build());

        Verdict verdict = MocksyJson.mapper().readValue(response.text(), Verdict.class);
        assertThat(verdict).isEqualTo(new Verdict("strong", 8, List.of("clear", "correct")));
    }

    @Test
    void should_stream_each_piece_in_order_and_return_the_whole_text() {
        server.enqueue(streamReply(List.of("Tell me ", "about a time ", "you disagreed."), true));
        List<String> received = new ArrayList<>();

        ChatResponse response = model(CANARY_KEY, 1).stream(question(), received::add);

        assertThat(received).containsExactly("Tell me ", "about a time ", "you disagreed.");
        assertThat(response.text()).isEqualTo("Tell me about a time you disagreed.");
        assertThat(response.finishReason()).isEqualTo(FinishReason.STOP);
    }

    @Test
    void should_report_a_stream_cut_in_the_middle_with_what_arrived() {
        server.enqueue(streamReply(List.of("Half a ", "sentence"), false));
        List<String> received = new ArrayList<>();

        Throwable thrown = catchThrowable(() -> model(CANARY_KEY, 3).stream(question(), received::add));

        assertThat(thrown).isInstanceOf(StreamInterruptedException.class);
        assertThat(((StreamInterruptedException) thrown).partialText()).isEqualTo("Half a sentence");
        assertThat(received).containsExactly("Half a ", "sentence");
        assertThat(server.getRequestCount())
                .as("a half-delivered stream is not retried")
                .isEqualTo(1);
    }

    @Test
    void should_reject_a_malformed_stream_chunk_without_retrying() {
        server.enqueue(new MockResponse()
                .setHeader("Content-Type", "text/event-stream")
                .setBody("data: {\"choices\": [oops\n\n"));

        assertThatThrownBy(() -> model(CANARY_KEY, 3).stream(question(), delta -> {}))
                .isInstanceOf(InvalidResponseException.class);
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void should_retry_a_stream_that_failed_before_anything_arrived() {
        server.enqueue(errorReply(ErrorKind.OVERLOADED, 0));
        server.enqueue(streamReply(List.of("Second ", "try."), true));

        ChatResponse response = model(CANARY_KEY, 2).stream(question(), delta -> {});

        assertThat(response.text()).isEqualTo("Second try.");
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void should_stop_streaming_when_cancelled() {
        server.enqueue(streamReply(List.of("One. ", "Two. ", "Three."), true));
        Cancellation cancellation = new Cancellation();
        List<String> received = new ArrayList<>();

        ChatResponse response = model(CANARY_KEY, 1).stream(
                question(),
                delta -> {
                    received.add(delta);
                    cancellation.cancel();
                },
                cancellation);

        assertThat(received).containsExactly("One. ");
        assertThat(response.text()).isEqualTo("One. ");
        assertThat(response.finishReason()).isEqualTo(FinishReason.CANCELLED);
    }

    @Test
    void should_never_reveal_the_key_in_logs_exceptions_or_to_string() throws Exception {
        List<String> texts = new ArrayList<>();
        String logs = Canaries.logsOf(() -> {
            LanguageModel model = model(CANARY_KEY, 2);
            texts.add(model.toString());
            texts.add(model.name());
            server.enqueue(textReply("fine", 1, 1));
            texts.add(model.chat(question()).toString());
            texts.add(
                    question().toBuilder().apiKey(ApiKey.of(CANARY_KEY)).build().toString());
            for (ErrorKind kind : ErrorKind.values()) {
                server.enqueue(errorReply(kind, 1));
                server.enqueue(errorReply(kind, 1));
                // a fresh model each time: a rejected key would keep the one above from calling at all
                texts.addAll(describe(catchThrowable(() -> model(CANARY_KEY, 2).chat(question()))));
            }
            server.enqueue(emptyReply());
            texts.addAll(describe(catchThrowable(() -> model.chat(question()))));
            server.enqueue(new MockResponse().setBody("not json " + CANARY_KEY.length()));
            texts.addAll(describe(catchThrowable(() -> model.chat(question()))));
            server.enqueue(new MockResponse().setResponseCode(400).setBody("bad request from key " + CANARY_KEY));
            texts.addAll(describe(catchThrowable(() -> model.chat(question()))));
            server.enqueue(new MockResponse()
                    .setHeader("Content-Type", "application/json")
                    .setBody("{\"echo\": \"" + CANARY_KEY + "\", oops"));
            texts.addAll(describe(catchThrowable(() -> model.chat(question()))));
            server.enqueue(streamReply(List.of("cut ", "off"), false));
            texts.addAll(describe(catchThrowable(() -> model.stream(question(), delta -> {}))));
            texts.addAll(describe(catchThrowable(() -> model(null, 1).chat(question()))));
        });

        assertThat(texts).hasSizeGreaterThan(10);
        Canaries.assertNoLeak(CANARY_KEY, texts);
        assertThat(logs).doesNotContain(CANARY_KEY).doesNotContain(Canaries.MARK);
        assertThat(logs)
                .as("retries were logged, so the log was really captured")
                .contains("retrying");
    }

    @Test
    void should_refuse_keys_a_header_cannot_carry_before_sending_anything_and_without_quoting_them() throws Exception {
        List<Throwable> fromBuilder = new ArrayList<>();
        List<Throwable> fromSettings = new ArrayList<>();
        String logs = Canaries.logsOf(() -> {
            for (String key : Canaries.UNSENDABLE) {
                fromBuilder.add(catchThrowable(() -> model(key, 1)));
                fromSettings.add(catchThrowable(() -> fromSettings(key, Map.of())));
            }
        });

        assertThat(fromBuilder).hasSameSizeAs(Canaries.UNSENDABLE).allSatisfy(thrown -> assertThat(thrown)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("HTTP header cannot carry"));
        assertThat(fromSettings).allSatisfy(thrown -> assertThat(thrown)
                .isInstanceOf(AuthenticationException.class)
                .hasMessageContaining(ProviderConfig.environmentName(keySetting()))
                .hasMessageContaining("HTTP header cannot carry"));
        for (int i = 0; i < Canaries.UNSENDABLE.size(); i++) {
            Canaries.assertNoLeak(Canaries.UNSENDABLE.get(i), fromBuilder.get(i));
            Canaries.assertNoLeak(Canaries.UNSENDABLE.get(i), fromSettings.get(i));
        }
        assertThat(logs).doesNotContain(Canaries.MARK);
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void should_stop_sending_a_key_once_the_provider_rejected_it_and_name_the_variable_to_fix() throws Exception {
        server.enqueue(errorReply(ErrorKind.BAD_KEY, 0));
        server.enqueue(textReply("another user's key still works", 1, 1));
        LanguageModel model = fromSettings(
                CANARY_KEY, Map.of(LanguageModels.maxAttemptsSetting(provider().id()), "3"));
        List<Throwable> failures = new ArrayList<>();

        String logs = Canaries.logsOf(() -> {
            failures.add(catchThrowable(() -> model.chat(question())));
            failures.add(catchThrowable(() -> model.chat(question())));
            failures.add(catchThrowable(() -> model.stream(question(), delta -> {})));
        });

        String variable = ProviderConfig.environmentName(keySetting());
        assertThat(failures).allSatisfy(thrown -> assertThat(thrown)
                .isInstanceOf(AuthenticationException.class)
                .hasMessageContaining("the API key from " + variable));
        assertThat(failures.get(1)).hasMessageContaining("not sent again");
        assertThat(failures.get(2)).hasMessageContaining("not sent again");
        assertThat(server.getRequestCount())
                .as("only the first call reached the provider")
                .isEqualTo(1);
        failures.forEach(thrown -> Canaries.assertNoLeak(CANARY_KEY, thrown));
        assertThat(logs).contains("no longer sent").contains(variable).doesNotContain(Canaries.MARK);

        ChatResponse other = model.chat(
                question().toBuilder().apiKey(ApiKey.of("users-own-key-5678")).build());
        assertThat(other.text()).isEqualTo("another user's key still works");
    }

    @Test
    void should_fail_with_a_timeout_once_the_deadline_passes_when_the_provider_stalls() {
        for (int i = 0; i < 3; i++) {
            server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
        }
        // reads could wait a minute: only the 2 s deadline of the whole call can end it
        LanguageModel model = model(
                baseUrl(),
                CANARY_KEY,
                retries(3),
                new Timeouts(Duration.ofSeconds(2), Duration.ofSeconds(60), Duration.ofSeconds(2)));

        assertThatThrownBy(() -> model.chat(question()))
                .isInstanceOf(ProviderTimeoutException.class)
                .hasMessageContaining("deadline");
        assertThatThrownBy(() -> model.stream(question(), delta -> {}))
                .isInstanceOf(ProviderTimeoutException.class)
                .hasMessageContaining("deadline");
    }

    @Test
    void should_retry_an_unavailable_provider_within_the_deadline_until_it_recovers() {
        server.enqueue(errorReply(ErrorKind.SERVER_ERROR, 0));
        server.enqueue(errorReply(ErrorKind.OVERLOADED, 0));
        server.enqueue(textReply("back again", 3, 2));
        RetryPolicy realWaits = RetryPolicy.builder()
                .maxAttempts(3)
                .initialDelay(Duration.ofMillis(20))
                .build();

        ChatResponse response = model(baseUrl(), CANARY_KEY, realWaits, Timeouts.of(Duration.ofSeconds(10)))
                .chat(question());

        assertThat(response.text()).isEqualTo("back again");
        assertThat(server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void should_not_start_a_wait_the_provider_asks_for_that_would_pass_the_deadline() {
        server.enqueue(errorReply(ErrorKind.RATE_LIMIT, 7));
        server.enqueue(textReply("too late", 1, 1));

        Throwable thrown =
                catchThrowable(() -> model(baseUrl(), CANARY_KEY, retries(3), Timeouts.of(Duration.ofSeconds(2)))
                        .chat(question()));

        assertThat(thrown)
                .isInstanceOf(ProviderTimeoutException.class)
                .hasMessageContaining("would pass the 2 s deadline")
                .hasCauseInstanceOf(RateLimitException.class);
        assertThat(sleeps).isEmpty();
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void should_read_the_deadline_and_attempts_from_its_settings() {
        for (int i = 0; i < 3; i++) {
            server.enqueue(errorReply(ErrorKind.SERVER_ERROR, 0));
        }
        String id = provider().id();
        LanguageModel model = fromSettings(
                CANARY_KEY,
                Map.of(LanguageModels.maxAttemptsSetting(id), "2", LanguageModels.timeoutSetting(id), "20"));

        assertThatThrownBy(() -> model.chat(question())).isInstanceOf(ProviderUnavailableException.class);
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    private static List<String> describe(Throwable thrown) {
        assertThat(thrown).isInstanceOf(ProviderException.class);
        return Canaries.describe(thrown);
    }
}
