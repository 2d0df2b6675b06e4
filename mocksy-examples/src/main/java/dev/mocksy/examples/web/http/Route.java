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
 * @param errors the route's own error statuses beside the common ones (400, 401, 403, 404), with what each means
 */
public record Route(
        String method,
        String path,
        String summary,
        Access access,
        String request,
        String response,
        java.util.Map<String, String> errors) {

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
        errors = java.util.Map.copyOf(errors);
    }

    /** A route with only the common errors. */
    public Route(String method, String path, String summary, Access access, String request, String response) {
        this(method, path, summary, access, request, response, java.util.Map.of());
    }

    /** This route with one more documented error status. */
    public Route withError(String status, String description) {
        java.util.Map<String, String> more = new java.util.TreeMap<>(errors);
        more.put(Objects.requireNonNull(status, "status"), Objects.requireNonNull(description, "description"));
        return new Route(method, path, summary, access, request, response, more);
    }

    /** Whether the route changes state, so it needs the CSRF token. */
    public boolean changesState() {
        return !method.equals("GET") && !method.equals("WS");
    }
}
