package dev.mocksy.examples.web.http;

import java.util.Objects;

/**
 * One API route as the OpenAPI document describes it.
 *
 * @param method GET, POST, PUT, DELETE or WS (a WebSocket)
 * @param path the path with {@code {name}} parameters, e.g. {@code /api/interviews/{id}}
 * @param summary what it does, in one sentence
 * @param access who may call it
 * @param request what the body holds, or null for none
 * @param response what it answers
 */
public record Route(String method, String path, String summary, Access access, String request, String response) {

    /** Who may call a route. */
    public enum Access {
        /** Anyone; still CSRF-checked when it changes state. */
        PUBLIC,
        /** A logged-in user, on their own data only. */
        ACCOUNT
    }

    public Route {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(access, "access");
        Objects.requireNonNull(response, "response");
    }

    /** Whether the route changes state, so it needs the CSRF token. */
    public boolean changesState() {
        return !method.equals("GET") && !method.equals("WS");
    }
}
