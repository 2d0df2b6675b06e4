package dev.mocksy.http.okhttp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mocksy.AuthenticationException;
import dev.mocksy.ProviderUnavailableException;
import dev.mocksy.http.ProviderErrors;
import dev.mocksy.http.RetryPolicy;
import dev.mocksy.http.StreamAccumulator;
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
import okhttp3.Request;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HttpCallsTest {

    private static final ApiKey KEY = ApiKey.of("sk-test-0123456789");

    private final MockWebServer server = new MockWebServer();
    private final List<Duration> waits = new ArrayList<>();
    private HttpCalls calls;

    @BeforeEach
    void start() throws IOException {
        server.start();
        RetryPolicy retry = RetryPolicy.builder()
                .maxAttempts(3)
                .jitter(0)
                .sleeper(waits::add)
                .build();
        calls = HttpCalls.withTimeouts(
                null, Timeouts.DEFAULT, new ProviderErrors("test", "set TEST_KEY", Clock.systemUTC()), retry);
    }

    @AfterEach
    void stop() throws IOException {
        server.shutdown();
    }

    @Test
    void should_return_the_body_of_a_successful_response() {
        server.enqueue(new MockResponse().setBody("{\"ok\":true}"));

        byte[] body = calls.send(request(), "m", KEY);

        assertThat(new String(body, StandardCharsets.UTF_8)).isEqualTo("{\"ok\":true}");
    }

    @Test
    void should_retry_an_unavailable_server_under_the_shared_policy() {
        server.enqueue(new MockResponse().setResponseCode(503));
        server.enqueue(new MockResponse().setResponseCode(503));
        server.enqueue(new MockResponse().setBody("done"));

        byte[] body = calls.send(request(), "m", KEY);

        assertThat(new String(body, StandardCharsets.UTF_8)).isEqualTo("done");
        assertThat(server.getRequestCount()).isEqualTo(3);
        assertThat(waits).hasSize(2);
    }

    @Test
    void should_give_up_with_the_last_typed_failure_when_the_attempts_are_used_up() {
        for (int i = 0; i < 3; i++) {
            server.enqueue(new MockResponse().setResponseCode(503));
        }

        assertThatThrownBy(() -> calls.send(request(), "m", KEY))
                .isInstanceOf(ProviderUnavailableException.class)
                .hasMessageContaining("HTTP 503");
        assertThat(server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void should_not_retry_a_rejected_key_nor_quote_it() {
        server.enqueue(new MockResponse()
                .setResponseCode(401)
                .setBody("{\"error\": {\"message\": \"Incorrect API key provided: sk-test-0123456789\"}}"));

        assertThatThrownBy(() -> calls.send(request(), "m", KEY))
                .isInstanceOf(AuthenticationException.class)
                .hasMessageContaining("set TEST_KEY")
                .hasMessageNotContaining(KEY.reveal());
        assertThat(server.getRequestCount()).isEqualTo(1);
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

    private Request request() {
        return new Request.Builder().url(server.url("/v1/thing")).build();
    }
}
