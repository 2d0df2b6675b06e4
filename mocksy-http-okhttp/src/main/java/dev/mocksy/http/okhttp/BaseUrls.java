package dev.mocksy.http.okhttp;

import okhttp3.HttpUrl;

/**
 * Reads a provider's configured base URL, such as {@code https://api.openai.com/v1}, as the directory its endpoints
 * are resolved against.
 *
 * <p>Support for Mocksy's HTTP provider modules, not meant for applications: it may change between releases.
 */
public final class BaseUrls {

    private BaseUrls() {}

    /**
     * The base URL with a trailing slash, so that {@code resolve("messages")} keeps its last segment ({@code /v1}).
     *
     * @throws IllegalArgumentException when the text is not an http or https URL
     */
    public static HttpUrl directory(String baseUrl) {
        HttpUrl parsed = baseUrl == null ? null : HttpUrl.parse(baseUrl.endsWith("/") ? baseUrl : baseUrl + "/");
        if (parsed == null) {
            throw new IllegalArgumentException("baseUrl must be an http or https URL, got '" + baseUrl + "'");
        }
        return parsed;
    }
}
