package dev.mocksy.examples.web.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The OpenAPI 3.1 document of the API, written from the routes as they are registered, so that no route goes
 * undocumented. A WebSocket is described as the GET that upgrades.
 */
public final class OpenApiDocument {

    private static final Pattern PARAMETER = Pattern.compile("\\{([^}]+)}");

    private OpenApiDocument() {}

    /** The document for these routes. */
    public static ObjectNode of(List<Route> routes, ObjectMapper mapper) {
        ObjectNode document = mapper.createObjectNode();
        document.put("openapi", "3.1.0");
        ObjectNode info = document.putObject("info");
        info.put("title", "Mocksy platform API");
        info.put("version", "0.1.0-SNAPSHOT");
        info.put(
                "description",
                "Mock interviews over HTTP. Log in with POST /api/login; the login cookie is"
                        + " HttpOnly. Every request that changes state carries the CSRF token from GET /api/session in the "
                        + Security.CSRF_HEADER + " header. Errors are {\"error\": code, \"message\": what to do}.");
        ObjectNode components = document.putObject("components");
        ObjectNode schemes = components.putObject("securitySchemes");
        ObjectNode cookie = schemes.putObject("login");
        cookie.put("type", "apiKey");
        cookie.put("in", "cookie");
        cookie.put("name", Security.LOGIN_COOKIE);
        ObjectNode csrf = schemes.putObject("csrf");
        csrf.put("type", "apiKey");
        csrf.put("in", "header");
        csrf.put("name", Security.CSRF_HEADER);
        ObjectNode error = components.putObject("schemas").putObject("Error");
        error.put("type", "object");
        error.putObject("properties").putObject("error").put("type", "string");
        ((ObjectNode) error.get("properties")).putObject("message").put("type", "string");

        ObjectNode paths = document.putObject("paths");
        for (Route route : routes) {
            ObjectNode path =
                    paths.has(route.path()) ? (ObjectNode) paths.get(route.path()) : paths.putObject(route.path());
            boolean socket = route.method().equals("WS");
            ObjectNode operation =
                    path.putObject(socket ? "get" : route.method().toLowerCase(java.util.Locale.ROOT));
            operation.put("summary", route.summary());
            operation.put("operationId", operationId(route));
            operation
                    .putArray("tags")
                    .add(route.path().split("/").length > 2 ? route.path().split("/")[2] : "api");
            if (socket) {
                operation.put(
                        "description",
                        "A WebSocket (upgrade with Connection: Upgrade). Messages: " + route.request() + ".");
            }
            ArrayNode parameters = operation.putArray("parameters");
            Matcher matcher = PARAMETER.matcher(route.path());
            while (matcher.find()) {
                ObjectNode parameter = parameters.addObject();
                parameter.put("name", matcher.group(1));
                parameter.put("in", "path");
                parameter.put("required", true);
                parameter.putObject("schema").put("type", "string");
            }
            if (route.request() != null && !socket) {
                ObjectNode body = operation.putObject("requestBody");
                body.put("description", route.request());
                body.put("required", true);
                String type = route.request().startsWith("multipart")
                        ? "multipart/form-data"
                        : route.request().startsWith("image") ? "image/jpeg" : "application/json";
                body.putObject("content").putObject(type).putObject("schema").put("type", "object");
            }
            ArrayNode security = operation.putArray("security");
            if (route.access() == Route.Access.ACCOUNT) {
                ObjectNode requirement = security.addObject();
                requirement.putArray("login");
                if (route.changesState()) {
                    requirement.putArray("csrf");
                }
            } else if (route.changesState()) {
                security.addObject().putArray("csrf");
            }
            ObjectNode responses = operation.putObject("responses");
            responses.putObject(socket ? "101" : "200").put("description", route.response());
            addError(responses, "400", "the request is malformed; the message says what to change");
            if (route.access() == Route.Access.ACCOUNT) {
                addError(responses, "401", "not logged in");
            }
            if (route.changesState()) {
                addError(responses, "403", "the CSRF token is missing or wrong");
            }
            if (route.path().contains("{")) {
                addError(responses, "404", "no such thing, or it is not yours");
            }
            route.errors().forEach((status, description) -> addError(responses, status, description));
        }
        return document;
    }

    private static void addError(ObjectNode responses, String status, String description) {
        ObjectNode response = responses.putObject(status);
        response.put("description", description);
        response.putObject("content")
                .putObject("application/json")
                .putObject("schema")
                .put("$ref", "#/components/schemas/Error");
    }

    private static String operationId(Route route) {
        StringBuilder id = new StringBuilder(route.method().toLowerCase(java.util.Locale.ROOT));
        for (String part : route.path().replace("/api/", "").split("[/{}.]+")) {
            if (!part.isEmpty()) {
                id.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return id.toString().replace("-", "");
    }
}
