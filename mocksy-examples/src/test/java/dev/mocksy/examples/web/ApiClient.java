package dev.mocksy.examples.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** A user of the API in tests: its own cookies and CSRF token, like one browser. */
public final class ApiClient {

    static final ObjectMapper JSON = PlatformServer.json();

    /** A response: status, headers and body. */
    public record Reply(int status, java.net.http.HttpHeaders headers, byte[] body) {
        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + text(), e);
            }
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private final String base;
    private final HttpClient http;
    private String csrf;

    ApiClient(int port) {
        this.base = "http://127.0.0.1:" + port;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    }

    /** The same browser (cookies, CSRF token) talking to another server. */
    ApiClient(ApiClient browser, int port) {
        this.base = "http://127.0.0.1:" + port;
        this.http = browser.http;
        this.csrf = browser.csrf;
    }

    /** A new client signed up with a fresh address. */
    public static ApiClient signedUp(int port, String name) {
        ApiClient client = new ApiClient(port);
        Reply reply = client.post(
                "/api/accounts",
                "{\"email\":\"" + name + "-" + UUID.randomUUID() + "@example.com\",\"password\":\"correct horse"
                        + " battery\",\"displayName\":\"" + name + "\"}");
        if (reply.status() != 201) {
            throw new AssertionError("sign-up failed: " + reply.status() + " " + reply.text());
        }
        return client;
    }

    String csrf() {
        if (csrf == null) {
            csrf = get("/api/session").json().get("csrfToken").asText();
        }
        return csrf;
    }

    public Reply get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    public Reply post(String path, String json) {
        return change("POST", path, json);
    }

    Reply put(String path, String json) {
        return change("PUT", path, json);
    }

    Reply delete(String path) {
        return change("DELETE", path, null);
    }

    Reply change(String method, String path, String json) {
        String token = csrf();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("X-CSRF-Token", token)
                .header("Content-Type", "application/json")
                .method(
                        method,
                        json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        return send(request);
    }

    Reply postBytes(String path, String contentType, byte[] body) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("X-CSRF-Token", csrf())
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** A request without the CSRF header. */
    Reply postWithoutToken(String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            Reply reply = new Reply(response.statusCode(), response.headers(), response.body());
            if (response.statusCode() < 300
                    && reply.headers().firstValue("Content-Type").orElse("").startsWith("application/json")
                    && reply.body().length > 0) {
                JsonNode node = reply.json();
                if (node.has("csrfToken")) {
                    csrf = node.get("csrfToken").asText();
                }
            }
            return reply;
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    public HttpClient http() {
        return http;
    }

    public String base() {
        return base;
    }
}
