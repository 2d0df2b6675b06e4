package dev.mocksy.llm.langchain4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mocksy.AuthenticationException;
import dev.mocksy.InvalidRequestException;
import dev.mocksy.InvalidResponseException;
import dev.mocksy.ModelNotFoundException;
import dev.mocksy.ProviderException;
import dev.mocksy.ProviderTimeoutException;
import dev.mocksy.ProviderUnavailableException;
import dev.mocksy.RateLimitException;
import dev.mocksy.StreamInterruptedException;
import dev.mocksy.http.Canaries;
import dev.mocksy.internal.MocksyJson;
import dev.mocksy.internal.llm.StructuredCall;
import dev.mocksy.llm.ApiKey;
import dev.mocksy.llm.Cancellation;
import dev.mocksy.llm.ChatRequest;
import dev.mocksy.llm.ChatResponse;
import dev.mocksy.llm.FinishReason;
import dev.mocksy.llm.JsonSchema;
import dev.mocksy.llm.TokenUsage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the bridge does over any LangChain4j module, checked against a loopback server speaking that module's
 * provider's wire format. Each vendor's test supplies the LangChain4j models and the replies.
 */
abstract class BridgeContract {

    protected static final String KEY = Canaries.SENDABLE;

    /** A structured reply for the schema checks. */
    public record Verdict(String grade, int score, List<String> reasons) {}

    protected MockWebServer server;

    /** The bridge over this vendor's LangChain4j chat and streaming models, pointed at the server. */
    protected abstract LangChain4jLanguageModel model(boolean jsonSchemaCapable, Duration timeout);

    protected abstract MockResponse textReply(String text, int inputTokens, int outputTokens);

    protected abstract MockResponse streamReply(List<String> deltas, boolean complete);

    protected abstract MockResponse errorReply(int status, String message);

    /** The schema the request carried in the vendor's structured-output field, or null when it carried none. */
    protected abstract JsonNode sentSchema(JsonNode body);

    /** The text of the system message the request carried. */
    protected abstract String sentSystem(JsonNode body);

    protected LangChain4jLanguageModel model() {
        return model(false, Duration.ofSeconds(10));
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

    protected static ChatRequest question() {
        return ChatRequest.builder()
                .system("You are a concise interviewer.")
                .user("Ask one question about SQL indexes.")
                .temperature(0.3)
                .maxOutputTokens(200)
                .build();
    }

    protected JsonNode sentBody() throws Exception {
        RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
        assertThat(request).as("the model sent a request").isNotNull();
        return MocksyJson.mapper().readTree(request.getBody().readUtf8());
    }

    @Test
    void should_return_the_text_usage_and_model() {
        server.enqueue(textReply("What does a B-tree index speed up?", 21, 9));

        ChatResponse response = model().chat(question());

        assertThat(response.text()).isEqualTo("What does a B-tree index speed up?");
        assertThat(response.usage()).isEqualTo(new TokenUsage(21, 9));
        assertThat(response.model()).isNotBlank();
        assertThat(response.finishReason()).isEqualTo(FinishReason.STOP);
    }

    @Test
    void should_send_the_system_prompt_and_the_conversation() throws Exception {
        server.enqueue(textReply("ok", 1, 1));

        model().chat(question().toBuilder()
                .assistant("Earlier question")
                .user("My answer")
                .build());

        JsonNode body = sentBody();
        assertThat(sentSystem(body)).isEqualTo("You are a concise interviewer.");
        assertThat(body.toString())
                .contains("Ask one question about SQL indexes.")
                .contains("Earlier question")
                .contains("My answer");
    }

    @Test
    void should_send_the_schema_in_the_response_format_when_the_model_supports_it() throws Exception {
        server.enqueue(textReply("{\"grade\":\"strong\",\"score\":8,\"reasons\":[\"clear\"]}", 40, 12));
        LangChain4jLanguageModel model = model(true, Duration.ofSeconds(10));

        ChatResponse response = model.chat(question().toBuilder()
                .responseSchema(JsonSchema.from(Verdict.class))
                .build());

        assertThat(model.usesJsonSchema()).isTrue();
        Verdict verdict = MocksyJson.mapper().readValue(response.text(), Verdict.class);
        assertThat(verdict).isEqualTo(new Verdict("strong", 8, List.of("clear")));
        JsonNode schema = sentSchema(sentBody());
        assertThat(schema).as("the schema went in the structured-output field").isNotNull();
        assertThat(schema.path("properties").path("score").path("type").asText())
                .isEqualTo("integer");
        assertThat(schema.path("properties")
                        .path("reasons")
                        .path("items")
                        .path("type")
                        .asText())
                .isEqualTo("string");
        assertThat(schema.path("required").toString())
                .contains("grade")
                .contains("score")
                .contains("reasons");
    }

    @Test
    void should_put_the_schema_in_the_prompt_when_the_model_does_not_support_it() throws Exception {
        server.enqueue(textReply("{\"grade\":\"weak\",\"score\":3,\"reasons\":[]}", 40, 12));
        LangChain4jLanguageModel model = model(false, Duration.ofSeconds(10));

        model.chat(question().toBuilder()
                .responseSchema(JsonSchema.from(Verdict.class))
                .build());

        assertThat(model.usesJsonSchema()).isFalse();
        JsonNode body = sentBody();
        assertThat(sentSystem(body))
                .startsWith("You are a concise interviewer.")
                .contains("JSON Schema")
                .contains("\"reasons\"");
    }

    @Test
    void should_repair_a_reply_that_breaks_the_schema_through_the_structured_call() {
        server.enqueue(textReply("Sure! The grade is strong.", 10, 5));
        server.enqueue(textReply("```json\n{\"grade\":\"strong\",\"score\":9,\"reasons\":[\"precise\"]}\n```", 30, 9));

        StructuredCall.Outcome<Verdict> outcome = new StructuredCall(model())
                .call(question(), Verdict.class, v -> v.score() <= 10 ? List.of() : List.of("score above 10"));

        assertThat(outcome.value()).isEqualTo(new Verdict("strong", 9, List.of("precise")));
        assertThat(outcome.attempts()).isEqualTo(2);
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void should_map_a_missing_model_to_model_not_found() {
        server.enqueue(errorReply(404, "model 'no-such-model' not found"));

        Throwable thrown = catchThrowable(() -> model().chat(question()));

        assertThat(thrown).isInstanceOf(ModelNotFoundException.class);
        assertThat(((ProviderException) thrown).provider()).startsWith("langchain4j/");
    }

    @Test
    void should_map_a_rejected_key_to_authentication_without_quoting_the_provider() {
        server.enqueue(errorReply(401, "Incorrect API key provided: " + KEY));

        Throwable thrown = catchThrowable(() -> model().chat(question()));

        assertThat(thrown)
                .isInstanceOf(AuthenticationException.class)
                .hasMessageContaining("rejected")
                .hasMessageContaining("apiKey");
        assertThat(((AuthenticationException) thrown).status()).isEqualTo(401);
        Canaries.assertNoLeak(KEY, thrown);
    }

    @Test
    void should_map_rate_limits_and_server_failures_to_their_retryable_types() {
        server.enqueue(errorReply(429, "Rate limit reached for requests"));
        server.enqueue(errorReply(503, "The server is overloaded"));

        assertThatThrownBy(() -> model().chat(question())).isInstanceOf(RateLimitException.class);
        assertThatThrownBy(() -> model().chat(question())).isInstanceOf(ProviderUnavailableException.class);
    }

    @Test
    void should_map_a_bad_request_to_invalid_request() {
        server.enqueue(errorReply(400, "Invalid value for 'temperature'"));

        Throwable thrown = catchThrowable(() -> model().chat(question()));

        assertThat(thrown).isInstanceOf(InvalidRequestException.class).hasMessageContaining("temperature");
    }

    @Test
    void should_reject_malformed_json() {
        server.enqueue(
                new MockResponse().setHeader("Content-Type", "application/json").setBody("{\"id\": \"x\", oops"));

        assertThatThrownBy(() -> model().chat(question())).isInstanceOf(InvalidResponseException.class);
    }

    @Test
    void should_map_an_unreachable_server_to_unavailable() throws Exception {
        server.shutdown();

        assertThatThrownBy(() -> model().chat(question()))
                .isInstanceOf(ProviderUnavailableException.class)
                .isNotInstanceOf(StreamInterruptedException.class);
    }

    @Test
    void should_time_out_when_the_server_does_not_answer() {
        server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));

        assertThatThrownBy(() -> model(false, Duration.ofMillis(500)).chat(question()))
                .isInstanceOf(ProviderTimeoutException.class);
    }

    @Test
    void should_refuse_a_per_request_key_it_cannot_send() {
        assertThatThrownBy(() -> model().chat(question().toBuilder()
                        .apiKey(ApiKey.of("users-own-key-5678"))
                        .build()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("one ChatModel per key");
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void should_stream_each_piece_in_order_on_the_callers_thread_and_return_the_whole_text() {
        server.enqueue(streamReply(List.of("Tell me ", "about a time ", "you disagreed."), true));
        List<String> received = new ArrayList<>();
        Thread caller = Thread.currentThread();
        List<Thread> threads = new ArrayList<>();

        ChatResponse response = model().stream(question(), delta -> {
            received.add(delta);
            threads.add(Thread.currentThread());
        });

        assertThat(received).containsExactly("Tell me ", "about a time ", "you disagreed.");
        assertThat(threads).containsOnly(caller);
        assertThat(response.text()).isEqualTo("Tell me about a time you disagreed.");
        assertThat(response.finishReason()).isEqualTo(FinishReason.STOP);
    }

    @Test
    void should_stop_streaming_when_cancelled() {
        server.enqueue(streamReply(List.of("One. ", "Two. ", "Three."), true));
        Cancellation cancellation = new Cancellation();
        List<String> received = new ArrayList<>();

        ChatResponse response = model().stream(
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
    void should_map_a_stream_that_failed_before_anything_arrived() {
        server.enqueue(errorReply(503, "overloaded"));

        assertThatThrownBy(() -> model().stream(question(), delta -> {}))
                .isInstanceOf(ProviderUnavailableException.class)
                .isNotInstanceOf(StreamInterruptedException.class);
    }

    @Test
    void should_report_a_stream_cut_in_the_middle_with_what_arrived() {
        server.enqueue(streamReply(List.of("Half a ", "sentence"), false));
        List<String> received = new ArrayList<>();
        // some LangChain4j modules never signal a stream that ends without its final event: the idle timeout ends it
        LangChain4jLanguageModel model = LangChain4jLanguageModel.builder()
                .chatModel(chatModel(Duration.ofSeconds(30)))
                .streamingChatModel(streamingModel(Duration.ofSeconds(30)))
                .streamIdleTimeout(Duration.ofSeconds(2))
                .build();

        Throwable thrown = catchThrowable(() -> model.stream(question(), received::add));

        assertThat(thrown).isInstanceOf(StreamInterruptedException.class);
        assertThat(((StreamInterruptedException) thrown).partialText()).isEqualTo("Half a sentence");
        assertThat(received).containsExactly("Half a ", "sentence");
    }

    @Test
    void should_report_a_stream_that_stalls_after_a_piece_with_what_arrived() {
        long firstPart =
                streamReply(List.of("Half a ", "sentence"), false).getBody().size();
        // the pieces arrive at once, the end of the stream only 5 s later
        server.enqueue(streamReply(List.of("Half a ", "sentence"), true).throttleBody(firstPart, 5, TimeUnit.SECONDS));
        LangChain4jLanguageModel model = LangChain4jLanguageModel.builder()
                .chatModel(chatModel(Duration.ofSeconds(30)))
                .streamingChatModel(streamingModel(Duration.ofSeconds(30)))
                .streamIdleTimeout(Duration.ofMillis(700))
                .build();
        List<String> received = new ArrayList<>();

        Throwable thrown = catchThrowable(() -> model.stream(question(), received::add));

        assertThat(thrown).isInstanceOf(StreamInterruptedException.class).hasMessageContaining("stalled");
        assertThat(thrown.getCause()).isInstanceOf(ProviderTimeoutException.class);
        assertThat(((StreamInterruptedException) thrown).partialText()).isEqualTo("Half a sentence");
        assertThat(received).containsExactly("Half a ", "sentence");
    }

    @Test
    void should_never_reveal_the_key_in_logs_exceptions_or_to_string() throws Exception {
        List<String> texts = new ArrayList<>();
        String logs = Canaries.logsOf(() -> {
            LangChain4jLanguageModel model = model();
            texts.add(model.toString());
            texts.add(model.name());
            for (int status : new int[] {400, 401, 403, 404, 429, 500, 503}) {
                server.enqueue(errorReply(status, "echo of the key " + KEY + " and Bearer " + KEY));
                texts.addAll(Canaries.describe(catchThrowable(() -> model.chat(question()))));
            }
            server.enqueue(new MockResponse().setBody("not json, key " + KEY));
            texts.addAll(Canaries.describe(catchThrowable(() -> model.chat(question()))));
            server.enqueue(errorReply(500, "stream failed for " + KEY));
            texts.addAll(Canaries.describe(catchThrowable(() -> model.stream(question(), delta -> {}))));
        });

        assertThat(texts).hasSizeGreaterThan(8);
        Canaries.assertNoLeak(KEY, texts);
        assertThat(logs).doesNotContain(KEY);
    }

    @Test
    void should_fail_fast_without_any_langchain4j_model() {
        assertThatThrownBy(() -> LangChain4jLanguageModel.builder().build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ChatModel");
        assertThatThrownBy(() -> LangChain4jLanguageModel.builder().streamIdleTimeout(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("streamIdleTimeout");
    }

    protected abstract dev.langchain4j.model.chat.ChatModel chatModel(Duration timeout);

    protected abstract dev.langchain4j.model.chat.StreamingChatModel streamingModel(Duration timeout);
}
