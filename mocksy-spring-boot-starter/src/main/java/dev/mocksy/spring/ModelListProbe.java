package dev.mocksy.spring;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Asks a language model provider for its list of models: it proves the server is reachable and the key accepted
 * without generating anything, so it spends no tokens.
 */
final class ModelListProbe {

    /** What the probe found. */
    record Result(boolean up, String detail, int status) {}

    private static final Map<String, String> DEFAULT_BASE_URLS = Map.of(
            "openai", "https://api.openai.com/v1",
            "gemini", "https://generativelanguage.googleapis.com/v1beta",
            "claude", "https://api.anthropic.com/v1");

    private final HttpClient client;
    private final Duration timeout;

    ModelListProbe(Duration timeout) {
        this.timeout = timeout;
        this.client = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    /** Whether the probe knows how to check this provider. */
    static boolean supports(String provider) {
        return DEFAULT_BASE_URLS.containsKey(provider);
    }

    /** Lists the provider's models with the key; never quotes the key or the reply. */
    Result check(String provider, Optional<String> baseUrl, Optional<String> key) {
        if (key.isEmpty()) {
            return new Result(false, "no API key is configured (set mocksy.api-key)", 0);
        }
        String base = strip(baseUrl.orElse(DEFAULT_BASE_URLS.get(provider)));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/models"))
                .timeout(timeout)
                .GET();
        switch (provider) {
            case "openai" -> request.header("Authorization", "Bearer " + key.get());
            case "gemini" -> request.header("x-goog-api-key", key.get());
            case "claude" -> request.header("x-api-key", key.get()).header("anthropic-version", "2023-06-01");
            default -> throw new IllegalArgumentException("no model list for provider " + provider);
        }
        HttpResponse<Void> response;
        try {
            response = client.send(request.build(), HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
            return new Result(false, "unreachable: " + e.getClass().getSimpleName(), 0);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(false, "interrupted", 0);
        }
        int status = response.statusCode();
        if (status / 100 == 2) {
            return new Result(true, "reachable, key accepted", status);
        }
        if (status == 401 || status == 403) {
            return new Result(false, "the API key was rejected (HTTP " + status + ")", status);
        }
        if (status == 429) {
            return new Result(true, "reachable, key accepted, rate limited now (HTTP 429)", status);
        }
        return new Result(false, "the provider answered HTTP " + status, status);
    }

    private static String strip(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
