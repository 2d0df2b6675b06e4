package dev.mocksy.http.okhttp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.mocksy.AuthenticationException;
import dev.mocksy.InvalidResponseException;
import dev.mocksy.ProviderTimeoutException;
import dev.mocksy.ProviderUnavailableException;
import dev.mocksy.http.Canaries;
import dev.mocksy.http.ProviderErrors;
import dev.mocksy.http.RetryPolicy;
import dev.mocksy.llm.ApiKey;
import dev.mocksy.llm.Cancellation;
import dev.mocksy.llm.ChatResponse;
import dev.mocksy.llm.Timeouts;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import okhttp3.Request;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HttpCallsTest {

    private static final ApiKey KEY = ApiKey.of(Canaries.SENDABLE, "TEST_KEY (setting test.api-key)");
    private static final Function<byte[], String> TEXT = body -> new String(body, StandardCharsets.UTF_8);

    private final MockWebServer server = new MockWebServer();
    private final List<Duration> waits = new CopyOnWriteArrayList<>();
    private final ProviderErrors errors = new ProviderErrors("test", "set TEST_KEY", Clock.systemUTC());
    private HttpCalls calls;

    @BeforeEach
    void start() throws IOException {
        server.start();
        calls = calls(Timeouts.DEFAULT, recordedWaits(3));
    }

    @AfterEach
    void stop() throws IOException {
        server.shutdown();
    }

    private RetryPolicy recordedWaits(int attempts) {
        return RetryPolicy.builder()
                .maxAttempts(attempts)
                .jitter(0)
                .sleeper(waits::add)
                .build();
    }

    private HttpCalls calls(Timeouts timeouts, RetryPolicy retry) {
        return HttpCalls.withTimeouts(null, timeouts, errors, retry);
    }

    @Test
    void should_return_the_body_of_a_successful_response() {
        server.enqueue(new MockResponse().setBody("{\"ok\":true}"));

        assertThat(calls.send(request(), "m", KEY, TEXT)).isEqualTo("{\"ok\":true}");
    }

    @Test
    void should_retry_an_unavailable_server_under_the_shared_policy() {
        server.enqueue(new MockResponse().setResponseCode(503));
        server.enqueue(new MockResponse().setResponseCode(503));
        server.enqueue(new MockResponse().setBody("done"));

        assertThat(calls.send(request(), "m", KEY, TEXT)).isEqualTo("done");
        assertThat(server.getRequestCount()).isEqualTo(3);
        assertThat(waits).hasSize(2);
    }

    @Test
    void should_give_up_with_the_last_typed_failure_when_the_attempts_are_used_up() {
        for (int i = 0; i < 3; i++) {
            server.enqueue(new MockResponse().setResponseCode(503));
        }

        assertThatThrownBy(() -> calls.send(request(), "m", KEY, TEXT))
                .isInstanceOf(ProviderUnavailableException.class)
                .hasMessageContaining("HTTP 503");
        assertThat(server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void should_fail_with_a_timeout_when_the_server_stalls_past_the_deadline() {
        for (int i = 0; i < 3; i++) {
            server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
        }
        HttpCalls stalling = calls(
                new Timeouts(Duration.ofSeconds(2), Duration.ofSeconds(60), Duration.ofSeconds(2)), recordedWaits(3));

        assertThatThrownBy(() -> stalling.send(request(), "m", KEY, TEXT))
                .isInstanceOf(ProviderTimeoutException.class)
                .hasMessageContaining("2 s deadline");
    }

    @Test
    void should_retry_within_the_deadline_and_recover_after_a_503() {
        server.enqueue(new MockResponse().setResponseCode(503).setBody("{\"error\": \"busy\"}"));
        server.enqueue(new MockResponse().setBody("recovered"));
        RetryPolicy realWaits = RetryPolicy.builder()
                .maxAttempts(3)
                .initialDelay(Duration.ofMillis(20))
                .build();

        assertThat(calls(Timeouts.of(Duration.ofSeconds(5)), realWaits).send(request(), "m", KEY, TEXT))
                .isEqualTo("recovered");
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void should_not_retry_a_rejected_key_nor_quote_it_and_never_send_it_again() throws Exception {
        server.enqueue(new MockResponse()
                .setResponseCode(401)
                .setBody("{\"error\": {\"message\": \"Incorrect API key provided: " + KEY.reveal() + "\"}}"));
        server.enqueue(new MockResponse().setBody("for another key"));
        List<Throwable> failures = new ArrayList<>();

        String logs = Canaries.logsOf(() -> {
            failures.add(catchThrowable(() -> calls.send(request(), "m", KEY, TEXT)));
            failures.add(catchThrowable(() -> calls.send(request(), "m", KEY, TEXT)));
            failures.add(
                    catchThrowable(() -> calls.stream(request(), "m", KEY, new Cancellation(), DoneAccumulator::new)));
        });

        assertThat(failures).allSatisfy(thrown -> assertThat(thrown)
                .isInstanceOf(AuthenticationException.class)
                .hasMessageContaining("TEST_KEY")
                .hasMessageContaining("set TEST_KEY"));
        assertThat(((AuthenticationException) failures.get(1)).status()).isEqualTo(401);
        assertThat(failures.get(2)).hasMessageContaining("not sent again");
        failures.forEach(thrown -> Canaries.assertNoLeak(KEY.reveal(), thrown));
        assertThat(server.getRequestCount()).isEqualTo(1);
        assertThat(logs).contains("WARN").contains("no longer sent").doesNotContain(Canaries.MARK);
        assertThat(waits).isEmpty();

        assertThat(calls.send(request(), "m", ApiKey.of("another-key-123456"), TEXT))
                .isEqualTo("for another key");
    }

    @Test
    void should_scrub_the_key_from_what_the_reader_of_a_reply_says_about_it() {
        server.enqueue(new MockResponse().setBody("echo " + KEY.reveal()));

        Throwable thrown = catchThrowable(() -> calls.send(request(), "m", KEY, body -> {
            throw new InvalidResponseException("test", "cannot read '" + TEXT.apply(body) + "'");
        }));

        assertThat(thrown).isInstanceOf(InvalidResponseException.class).hasMessageContaining("[redacted]");
        Canaries.assertNoLeak(KEY.reveal(), thrown);
    }

    @Test
    void should_ask_for_an_event_stream_and_hand_each_event_to_the_accumulator() throws InterruptedException {
        server.enqueue(new MockResponse()
                .setHeader("Content-Type", "text/event-stream")
                .setBody("data: Hel\n\ndata: lo\n\ndata: [DONE]\n\n"));
        List<String> deltas = new ArrayList<>();

        ChatResponse response =
                calls.stream(request(), "m", KEY, new Cancellation(), () -> new DeltaAccumulator(deltas));

        assertThat(response.text()).isEqualTo("Hello");
        assertThat(deltas).containsExactly("Hel", "lo");
        assertThat(server.takeRequest().getHeader("Accept")).isEqualTo("text/event-stream");
    }

    @Test
    void should_end_a_stream_that_stalls_when_the_deadline_passes() {
        // the first event at once, the next only after the deadline
        server.enqueue(new MockResponse()
                .setHeader("Content-Type", "text/event-stream")
                .setBody("data: first\n\ndata: second\n\ndata: [DONE]\n\n")
                .throttleBody("data: first\n\n".length(), 3, java.util.concurrent.TimeUnit.SECONDS));
        HttpCalls stalling = calls(
                new Timeouts(Duration.ofSeconds(2), Duration.ofSeconds(60), Duration.ofSeconds(2)), recordedWaits(3));
        List<String> deltas = new ArrayList<>();

        Throwable thrown = catchThrowable(
                () -> stalling.stream(request(), "m", KEY, new Cancellation(), () -> new DeltaAccumulator(deltas)));

        assertThat(deltas).containsExactly("first");
        assertThat(thrown)
                .as("part of the reply was delivered, so it is not retried")
                .isInstanceOf(dev.mocksy.StreamInterruptedException.class)
                .hasMessageContaining("timed out");
    }

    /** Treats each event's data as a piece of text, until {@code [DONE]}. */
    private static final class DeltaAccumulator extends StreamAccumulator {
        DeltaAccumulator(List<String> deltas) {
            super(deltas::add, "m");
        }

        @Override
        public boolean onEvent(String event, String data) {
            if (data.equals("[DONE]")) {
                complete();
                return false;
            }
            deliver(data);
            return true;
        }
    }

    /** Delivers nothing and completes at {@code [DONE]}. */
    private static final class DoneAccumulator extends StreamAccumulator {
        DoneAccumulator() {
            super(delta -> {}, "m");
        }

        @Override
        public boolean onEvent(String event, String data) {
            complete();
            return false;
        }
    }

    private Request request() {
        return new Request.Builder().url(server.url("/v1/thing")).build();
    }
}
