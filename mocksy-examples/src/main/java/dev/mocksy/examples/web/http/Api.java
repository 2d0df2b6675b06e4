package dev.mocksy.examples.web.http;

import dev.mocksy.examples.web.PlatformException;
import dev.mocksy.examples.web.account.Account;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.websocket.WsConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Registers the API's routes with Javalin and keeps their descriptions for the OpenAPI document. Routes for accounts get
 * the logged-in {@link Account}, or a 401 before the handler runs.
 */
public final class Api {

    /** A handler of a route open to anyone. */
    @FunctionalInterface
    public interface PublicHandler {
        void handle(Context ctx) throws Exception;
    }

    /** A handler of a route for a logged-in user. */
    @FunctionalInterface
    public interface AccountHandler {
        void handle(Context ctx, Account account) throws Exception;
    }

    private final RoutesConfig routes;
    private final List<Route> catalog = new ArrayList<>();

    public Api(RoutesConfig routes) {
        this.routes = Objects.requireNonNull(routes, "routes");
    }

    /** A route anyone may call. */
    public Api open(
            String method, String path, String summary, String request, String response, PublicHandler handler) {
        catalog.add(new Route(method, path, summary, Route.Access.PUBLIC, request, response));
        routes.addHttpHandler(HandlerType.findOrCreate(method), path, handler::handle);
        return this;
    }

    /** A route for a logged-in user. */
    public Api account(
            String method, String path, String summary, String request, String response, AccountHandler handler) {
        catalog.add(new Route(method, path, summary, Route.Access.ACCOUNT, request, response));
        routes.addHttpHandler(
                HandlerType.findOrCreate(method), path, ctx -> handler.handle(ctx, Security.account(ctx)));
        return this;
    }

    /** A WebSocket for a logged-in user; the upgrade request is authenticated like any other. */
    public Api socket(String path, String summary, String response, Consumer<WsConfig> socket) {
        catalog.add(new Route(
                "WS", path, summary, Route.Access.ACCOUNT, "binary audio and JSON control messages", response));
        routes.ws(path, socket);
        return this;
    }

    /** Documents an error status of the route registered last, beside the common ones. */
    public Api error(String status, String description) {
        if (catalog.isEmpty()) {
            throw new IllegalStateException("register a route before documenting its errors");
        }
        catalog.set(catalog.size() - 1, catalog.get(catalog.size() - 1).withError(status, description));
        return this;
    }

    /** Every route registered, in order. */
    public List<Route> catalog() {
        return List.copyOf(catalog);
    }

    /** A required path parameter. */
    public static String path(Context ctx, String name) {
        String value = ctx.pathParam(name);
        if (value.isBlank() || value.length() > 200) {
            throw PlatformException.badRequest(name + " must be 1 to 200 characters");
        }
        return value;
    }
}
