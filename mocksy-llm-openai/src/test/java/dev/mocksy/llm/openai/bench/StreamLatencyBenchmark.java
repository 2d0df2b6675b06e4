package dev.mocksy.llm.openai.bench;

import dev.mocksy.http.RetryPolicy;
import dev.mocksy.llm.ChatRequest;
import dev.mocksy.llm.Timeouts;
import dev.mocksy.llm.openai.OpenAiLanguageModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
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
 * Streaming latency: the time from a loopback server flushing one sentence as a Chat Completions chunk to Mocksy's
 * stream callback receiving it. One stream stays open for the whole trial; each operation flushes one chunk from the
 * benchmark thread and waits until the callback has seen it. Goal: under 5 ms at p99 (no buffering).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class StreamLatencyBenchmark {

    private static final byte[] CHUNK = ("data: {\"id\":\"chatcmpl-1\",\"object\":\"chat.completion.chunk\","
                    + "\"created\":1694268190,\"model\":\"gpt-4.1-mini\",\"choices\":[{\"index\":0,\"delta\":"
                    + "{\"content\":\"Tell me about a time you changed your mind. \"},\"finish_reason\":null}]}\n\n")
            .getBytes(StandardCharsets.UTF_8);

    private ServerSocket listener;
    private Socket connection;
    private OutputStream out;
    private final AtomicLong received = new AtomicLong();
    private CompletableFuture<?> stream;

    @Setup(Level.Trial)
    public void open() throws Exception {
        listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        CompletableFuture<Socket> accepted = CompletableFuture.supplyAsync(() -> {
            try {
                Socket socket = listener.accept();
                socket.setTcpNoDelay(true);
                readRequest(socket.getInputStream());
                return socket;
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        OpenAiLanguageModel model = OpenAiLanguageModel.builder()
                .apiKey("sk-bench-0000000000")
                .baseUrl("http://127.0.0.1:" + listener.getLocalPort() + "/v1")
                .retryPolicy(RetryPolicy.none())
                .timeouts(new Timeouts(Duration.ofSeconds(5), Duration.ofMinutes(10), Duration.ofMinutes(30)))
                .build();
        stream = CompletableFuture.runAsync(() -> model.stream(
                ChatRequest.builder().user("Ask me questions.").build(), delta -> received.incrementAndGet()));
        connection = accepted.get(10, TimeUnit.SECONDS);
        out = connection.getOutputStream();
        out.write(("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nConnection: close\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    @TearDown(Level.Trial)
    public void close() throws Exception {
        out.write("data: [DONE]\n\n".getBytes(StandardCharsets.UTF_8));
        out.flush();
        connection.close();
        stream.get(10, TimeUnit.SECONDS);
        listener.close();
    }

    @Benchmark
    public long flushToCallback() throws IOException {
        long before = received.get();
        out.write(CHUNK);
        out.flush();
        while (received.get() == before) {
            Thread.onSpinWait();
        }
        return before;
    }

    /** Reads the request's headers and its body, so that the client sees the response only after sending it all. */
    private static void readRequest(InputStream in) throws IOException {
        StringBuilder headers = new StringBuilder();
        while (!headers.toString().endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("the client closed before sending its request");
            }
            headers.append((char) b);
        }
        int length = 0;
        for (String line : headers.toString().split("\r\n")) {
            if (line.toLowerCase(java.util.Locale.ROOT).startsWith("content-length:")) {
                length = Integer.parseInt(line.substring(15).strip());
            }
        }
        in.readNBytes(length);
    }
}
