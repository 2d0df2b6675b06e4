package dev.mocksy.examples.web.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * One simulated candidate: its own cookies and CSRF token, like one browser, over a client shared by all. Every
 * request is timed, with the language model's own time on this candidate's key subtracted.
 */
final class Candidate {

    /** A request that did not succeed. */
    static final class Failure extends RuntimeException {
        Failure(String message) {
            super(message);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http;
    private final String base;
    private final Latencies latencies;
    private final String apiKey;
    private final ToLongFunction<String> modelNanos;
    private final CookieManager cookies = new CookieManager();
    private final List<String> answers = new ArrayList<>();
    private String csrf;
    private int number;

    /**
     * @param apiKey this candidate's own key, or null when it runs offline
     * @param modelNanos the model's time so far on a key
     */
    Candidate(HttpClient http, String base, Latencies latencies, String apiKey, ToLongFunction<String> modelNanos) {
        this.http = http;
        this.base = base;
        this.latencies = latencies;
        this.apiKey = apiKey;
        this.modelNanos = modelNanos;
    }

    /** Signs up, logs out and in again, and stores its own key and model choice when it has a key. */
    void signUp(int number) {
        this.number = number;
        csrf = call("session", "GET", "/api/session", null).path("csrfToken").asText();
        String email = "candidate-" + number + "-" + System.nanoTime() + "@example.com";
        String credentials = "{\"email\":\"" + email + "\",\"password\":\"correct horse battery " + number + "\"";
        call("sign-up", "POST", "/api/accounts", credentials + ",\"displayName\":\"Candidate " + number + "\"}");
        call("log-out", "POST", "/api/logout", null);
        csrf = call("session", "GET", "/api/session", null).path("csrfToken").asText();
        call("log-in", "POST", "/api/login", credentials + "}");
        if (apiKey != null) {
            call("settings", "PUT", "/api/settings/keys/openai", "{\"apiKey\":\"" + apiKey + "\"}");
            call("settings", "PUT", "/api/settings/model", "{\"provider\":\"openai\",\"model\":\"gpt-4o-mini\"}");
        }
    }

    /** Does a whole text interview of {@code questions} questions and reads the report; returns the session id. */
    String interview(int questions, Duration think) {
        JsonNode session = call(
                "start",
                "POST",
                "/api/interviews",
                "{\"replies\":[\"backend\",\"technical\",\"mid\",\"\",\"" + questions + "\",\"Java\",\"\",\"\"]}");
        String id = session.path("id").asText();
        int turn = 0;
        while (open(session) && turn < questions * 3) {
            turn++;
            think(think);
            String text = "Candidate " + number + ", answer " + turn + ": " + MockChatCompletions.EVIDENCE
                    + ", so a replay after a crash changed nothing; a nightly job re-read the offsets and compared"
                    + " the balances, and events that kept failing went to a dead-letter topic after three retries.";
            answers.add(text);
            session = call("answer", "POST", "/api/interviews/" + id + "/answers", "{\"text\":\"" + text + "\"}");
        }
        if (!session.path("state").asText().equals("COMPLETED")) {
            throw new Failure("the interview did not complete: state " + session.path("state"));
        }
        call("report", "GET", "/api/interviews/" + id + "/report", null);
        return id;
    }

    /** Waits a random time between half and one and a half times {@code think}, as a person reads and types. */
    private static void think(Duration think) {
        if (think.isZero()) {
            return;
        }
        long millis = (long) (think.toMillis()
                * (0.5 + java.util.concurrent.ThreadLocalRandom.current().nextDouble()));
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Failure("interrupted");
        }
    }

    /** The answers this candidate submitted, in order. */
    List<String> answers() {
        return List.copyOf(answers);
    }

    private static boolean open(JsonNode session) {
        String state = session.path("state").asText();
        return (state.equals("ASKING") || state.equals("LISTENING")) && session.hasNonNull("question");
    }

    private JsonNode call(String route, String method, String path, String body) {
        URI uri = URI.create(base + path);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
        if (!method.equals("GET")) {
            request.header("X-CSRF-Token", csrf);
        }
        try {
            List<String> cookie = cookies.get(uri, Map.of()).getOrDefault("Cookie", List.of());
            if (!cookie.isEmpty()) {
                request.header("Cookie", String.join("; ", cookie));
            }
            long modelBefore = apiKey == null ? 0 : modelNanos.applyAsLong(apiKey);
            long start = System.nanoTime();
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            long total = System.nanoTime() - start;
            long model = apiKey == null ? 0 : modelNanos.applyAsLong(apiKey) - modelBefore;
            cookies.put(uri, response.headers().map());
            if (response.statusCode() >= 300) {
                throw new Failure(method + " " + route + ": " + response.statusCode() + " "
                        + new String(response.body(), java.nio.charset.StandardCharsets.UTF_8));
            }
            latencies.record(route, total, model);
            JsonNode json = response.body().length == 0 ? JSON.createObjectNode() : JSON.readTree(response.body());
            if (json.hasNonNull("csrfToken")) {
                csrf = json.get("csrfToken").asText();
            }
            return json;
        } catch (IOException e) {
            throw new Failure(method + " " + route + ": " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Failure("interrupted");
        }
    }
}
