package dev.mocksy.llm.openai.bench;

import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.mocksy.http.RetryPolicy;
import dev.mocksy.llm.ChatRequest;
import dev.mocksy.llm.openai.OpenAiLanguageModel;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Per-call overhead of a chat call (build the request, send it, parse the reply) against a loopback server that
 * answers at once: Mocksy's OpenAI provider and LangChain4j's OpenAI chat model side by side, same server, same run.
 *
 * <p>Run: see docs/notes/llm.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ChatOverheadBenchmark {

    private static final String REPLY = "{\"id\":\"chatcmpl-1\",\"object\":\"chat.completion\",\"created\":1741569952,"
            + "\"model\":\"gpt-4.1-mini-2025-04-14\",\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\","
            + "\"content\":\"What trade-offs does an index on a write-heavy table bring?\",\"refusal\":null},"
            + "\"finish_reason\":\"stop\"}],\"usage\":{\"prompt_tokens\":42,\"completion_tokens\":12,"
            + "\"total_tokens\":54}}";

    private static final String SYSTEM = "You are a concise technical interviewer.";
    private static final String USER = "Ask one question about SQL indexes for a senior backend engineer.";

    private InstantHttpServer server;
    private OpenAiLanguageModel mocksy;
    private OpenAiChatModel langchain4j;
    private ChatRequest request;

    @Setup(Level.Trial)
    public void start() throws Exception {
        server = new InstantHttpServer(REPLY);
        String baseUrl = server.baseUrl();
        mocksy = OpenAiLanguageModel.builder()
                .apiKey("sk-bench-0000000000")
                .baseUrl(baseUrl)
                .retryPolicy(RetryPolicy.none())
                .build();
        langchain4j = OpenAiChatModel.builder()
                .apiKey("sk-bench-0000000000")
                .baseUrl(baseUrl)
                .modelName("gpt-4.1-mini")
                .temperature(0.3)
                .maxRetries(0)
                .timeout(Duration.ofSeconds(30))
                .build();
        request =
                ChatRequest.builder().system(SYSTEM).user(USER).temperature(0.3).build();
    }

    @TearDown(Level.Trial)
    public void stop() throws Exception {
        server.close();
    }

    @Benchmark
    public String mocksyChat() {
        return mocksy.chat(request).text();
    }

    @Benchmark
    public String langchain4jChat() {
        return langchain4j
                .chat(
                        dev.langchain4j.data.message.SystemMessage.from(SYSTEM),
                        dev.langchain4j.data.message.UserMessage.from(USER))
                .aiMessage()
                .text();
    }
}
