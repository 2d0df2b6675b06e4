package dev.mocksy.examples.web.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * A loopback language model speaking OpenAI's Chat Completions wire format that answers every interviewer prompt
 * after a fixed delay, as a slow hosted model would. It measures its own time on each call (from the request's
 * arrival to its reply being ready, so the reply's transfer counts against the platform) and adds it up per API key:
 * a candidate with its own key reads how long the model held each of its requests, measured, not assumed.
 *
 * <p>The JDK's HTTP server, with the reply scheduled rather than slept on, so 200 waiting calls hold no threads.
 */
final class MockChatCompletions implements AutoCloseable {

    /** The sentence every simulated answer contains, which the grader's evidence quotes. */
    static final String EVIDENCE = "we keyed every write on the event id";

    private final HttpServer server;
    private final Duration delay;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "llm"));
    private final ExecutorService readers = Executors.newFixedThreadPool(4, r -> daemon(r, "llm-read"));
    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, AtomicLong> nanosByKey = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> callsByPrompt = new ConcurrentHashMap<>();
    private final AtomicLong questions = new AtomicLong();

    MockChatCompletions(Duration delay) throws IOException {
        this.delay = delay;
        // Replies go out in one write without waiting for Nagle's algorithm.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 512);
        server.setExecutor(readers);
        server.createContext("/v1/chat/completions", this::handle);
        server.start();
    }

    private static Thread daemon(Runnable runnable, String name) {
        Thread thread = new Thread(runnable, name);
        thread.setDaemon(true);
        return thread;
    }

    /** The base URL to give the OpenAI provider. */
    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    /** The model's time spent on this key's calls so far, in nanoseconds. */
    long nanos(String apiKey) {
        AtomicLong total = nanosByKey.get(apiKey);
        return total == null ? 0 : total.get();
    }

    /** How many calls of each kind of prompt arrived. */
    Map<String, Long> calls() {
        Map<String, Long> counts = new java.util.TreeMap<>();
        callsByPrompt.forEach((prompt, count) -> counts.put(prompt, count.sum()));
        return counts;
    }

    private void handle(HttpExchange exchange) throws IOException {
        long arrived = System.nanoTime();
        String key = exchange.getRequestHeaders().getFirst("Authorization");
        key = key == null ? "" : key.replaceFirst("^Bearer ", "");
        JsonNode request = json.readTree(exchange.getRequestBody());
        String prompt = userMessage(request);
        String kind = kind(prompt);
        callsByPrompt.computeIfAbsent(kind, k -> new LongAdder()).increment();
        String content = content(kind);
        byte[] body = completion(request, content);
        String owner = key;
        long wait = Math.max(0, delay.toNanos() - (System.nanoTime() - arrived));
        timer.schedule(() -> reply(exchange, body, owner, arrived), wait, TimeUnit.NANOSECONDS);
    }

    private void reply(HttpExchange exchange, byte[] body, String key, long arrived) {
        // Counted before the bytes leave: the platform cannot see the reply before its time is on the books.
        nanosByKey.computeIfAbsent(key, k -> new AtomicLong()).addAndGet(System.nanoTime() - arrived);
        try {
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        } catch (IOException e) {
            // the platform gave up on the call; it sees its own timeout
        } finally {
            exchange.close();
        }
    }

    private static String userMessage(JsonNode request) {
        for (JsonNode message : request.path("messages")) {
            if (message.path("role").asText().equals("user")) {
                return message.path("content").asText();
            }
        }
        return "";
    }

    private static String kind(String prompt) {
        if (prompt.startsWith("Grade one answer")) {
            return "evaluate";
        }
        if (prompt.startsWith("Open the interview")) {
            return "first-question";
        }
        if (prompt.startsWith("Ask the next main question")) {
            return "next-question";
        }
        if (prompt.startsWith("Decide whether to ask one follow-up")) {
            return "follow-up";
        }
        if (prompt.startsWith("Write the feedback")) {
            return "report";
        }
        if (prompt.startsWith("Your previous reply could not be used")) {
            return "repair";
        }
        return "other";
    }

    private String content(String kind) {
        return switch (kind) {
            case "first-question", "next-question" -> question(questions.incrementAndGet());
            case "evaluate" -> verdict();
            case "follow-up" -> "{\"askFollowUp\": false, \"quote\": \"\", \"question\": \"\", \"reason\":"
                    + " \"covered\", \"keyPoints\": []}";
            case "report" -> "{\"strengths\": [\"Idempotent writes keyed on the event id\"], \"improvements\":"
                    + " [\"Quantify the cost of a replay\"], \"actionItems\": [\"Practise a failure story\","
                    + " \"Prepare numbers\", \"Draw the data flow\"], \"assessment\": \"Specific, concrete"
                    + " answers.\"}";
            default -> "{}";
        };
    }

    private static String question(long n) {
        return "{\"question\": \"Question " + n + ": how would you make a payment consumer safe to replay after a"
                + " crash?\", \"kind\": \"TECHNICAL\", \"keyPoints\": [{\"point\": \"Idempotent writes\", \"terms\":"
                + " [\"event id\", \"idempotent\"]}], \"followUps\": [\"How did you test it?\"], \"modelAnswer\":"
                + " [\"Idempotency keyed on the event id\", \"Replay tests\"]}";
    }

    private static String verdict() {
        String scores = "\"technicalCorrectness\": 7, \"problemSolving\": 7, \"communication\": 7,"
                + " \"depthAndCompleteness\": 7, \"confidenceAndClarity\": 7";
        return "{\"scores\": {" + scores + "}, \"overall\": 7, \"coveredKeyPoints\": [], \"missedKeyPoints\": [],"
                + " \"evidence\": [{\"quote\": \"" + EVIDENCE + "\", \"note\": \"specific\"}], \"suggestion\":"
                + " \"Give the failure rate.\", \"modelAnswer\": [\"Idempotency\", \"Replays\"], \"nonAnswer\":"
                + " false, \"graderInstruction\": false}";
    }

    private byte[] completion(JsonNode request, String content) throws IOException {
        ObjectNode message = json.createObjectNode()
                .put("role", "assistant")
                .put("content", content)
                .putNull("refusal");
        ObjectNode choice = json.createObjectNode().put("index", 0).put("finish_reason", "stop");
        choice.set("message", message);
        ObjectNode body = json.createObjectNode()
                .put("id", "chatcmpl-load")
                .put("object", "chat.completion")
                .put("created", 1_741_569_952L)
                .put("model", request.path("model").asText("gpt-4o-mini"));
        body.putArray("choices").add(choice);
        body.putObject("usage")
                .put("prompt_tokens", 400)
                .put("completion_tokens", 120)
                .put("total_tokens", 520);
        return json.writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        server.stop(0);
        timer.shutdownNow();
        readers.shutdownNow();
    }
}
