package dev.mocksy.examples.web.http;

import dev.mocksy.ConsentRequiredException;
import dev.mocksy.InvalidAnswerException;
import dev.mocksy.InvalidTransitionException;
import dev.mocksy.JournalConflictException;
import dev.mocksy.MocksyException;
import dev.mocksy.ProviderSelectionException;
import dev.mocksy.SessionNotFoundException;
import dev.mocksy.UnsupportedInputException;
import dev.mocksy.examples.web.PlatformException;
import dev.mocksy.http.Secrets;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns exceptions into JSON errors with the right status: {@code {"error": code, "message": what to do}}. Unexpected
 * failures answer 500 without their details, which go to the log with secrets redacted.
 */
public final class Errors {

    private static final Logger LOG = LoggerFactory.getLogger(Errors.class);

    private Errors() {}

    /** Registers the mapping. */
    public static void register(RoutesConfig routes) {
        routes.exception(PlatformException.class, (e, ctx) -> {
            if (e.retryAfterSeconds() != null) {
                ctx.header("Retry-After", Long.toString(e.retryAfterSeconds()));
            }
            send(ctx, e.status(), e.code(), e.getMessage());
        });
        routes.exception(
                SessionNotFoundException.class,
                (e, ctx) -> send(
                        ctx,
                        404,
                        "not_found",
                        "interview " + ctx.pathParamMap().getOrDefault("id", "") + " was not found"));
        routes.exception(InvalidTransitionException.class, (e, ctx) -> send(ctx, 409, "invalid_state", e.getMessage()));
        routes.exception(
                JournalConflictException.class,
                (e, ctx) -> send(
                        ctx,
                        409,
                        "conflict",
                        "the interview changed meanwhile (another tab or node); reload it and try again"));
        routes.exception(InvalidAnswerException.class, (e, ctx) -> send(ctx, 400, "invalid_answer", e.getMessage()));
        routes.exception(
                ConsentRequiredException.class, (e, ctx) -> send(ctx, 403, "consent_required", e.getMessage()));
        routes.exception(UnsupportedInputException.class, (e, ctx) -> send(ctx, 415, "unsupported", e.getMessage()));
        routes.exception(ProviderSelectionException.class, (e, ctx) -> send(ctx, 503, "unavailable", e.getMessage()));
        routes.exception(IllegalArgumentException.class, (e, ctx) -> send(ctx, 400, "bad_request", e.getMessage()));
        routes.exception(MocksyException.class, (e, ctx) -> {
            LOG.warn("{} {} failed: {}", ctx.method(), ctx.path(), Secrets.redact(e.getMessage(), null));
            send(ctx, 502, "failed", e.getMessage());
        });
        routes.exception(Exception.class, (e, ctx) -> {
            LOG.error(
                    "{} {} failed unexpectedly: {}",
                    ctx.method(),
                    ctx.path(),
                    e.getClass().getName());
            send(ctx, 500, "internal", "something went wrong on the server; try again, and report it if it repeats");
        });
    }

    static void send(Context ctx, int status, String code, String message) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("error", code);
        body.put("message", message);
        ctx.status(status).json(body);
    }
}
