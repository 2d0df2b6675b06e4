package dev.mocksy.http;

import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * How one vendor writes its errors and its keys: the hook through which {@link ProviderErrors}, which knows no vendor,
 * reads a vendor's error body. Each provider module implements it for its own wire format.
 */
@FunctionalInterface
public interface ErrorFormat {

    /** Knows no vendor: the HTTP status decides and the body is quoted as it is. */
    ErrorFormat GENERIC = (status, header, body) -> ErrorDetails.NONE;

    /**
     * Reads an error body. Must not throw: a body it does not recognise is {@link ErrorDetails#NONE}.
     *
     * @param status the HTTP status, or 0 for an error event inside a stream
     * @param header a case-insensitive lookup of the response's headers, {@code null} when absent
     * @param body the body, possibly empty
     */
    ErrorDetails read(int status, UnaryOperator<String> header, String body);

    /**
     * The shapes of this vendor's keys (e.g. {@code sk-...}), redacted from every message even when they are not the
     * key the call used: a provider may echo part of a key, or another one.
     */
    default List<Pattern> keyShapes() {
        return List.of();
    }
}
