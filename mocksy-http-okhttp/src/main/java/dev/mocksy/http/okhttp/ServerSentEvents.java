package dev.mocksy.http.okhttp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * Reads a {@code text/event-stream} as the HTML standard defines it, handing over each event as soon as its blank
 * line arrives (no buffering beyond the line).
 */
public final class ServerSentEvents {

    /** Receives events; returns {@code false} to stop reading. */
    @FunctionalInterface
    public interface Handler {
        boolean onEvent(String event, String data) throws IOException;
    }

    private ServerSentEvents() {}

    /**
     * Reads events until the stream ends or the handler returns {@code false}.
     *
     * @return {@code true} when the handler stopped the reading, {@code false} when the stream ended
     * @throws IOException when reading fails
     */
    public static boolean read(InputStream in, Handler handler) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 8192);
        String event = null;
        StringBuilder data = null;
        String line;
        while ((line = reader.readLine()) != null) {
            if (line.isEmpty()) {
                if (data != null) {
                    if (!handler.onEvent(event == null ? "message" : event, data.toString())) {
                        return true;
                    }
                }
                event = null;
                data = null;
                continue;
            }
            if (line.startsWith(":")) {
                continue;
            }
            int colon = line.indexOf(':');
            String field = colon < 0 ? line : line.substring(0, colon);
            String value = colon < 0 ? "" : line.substring(colon + 1);
            if (value.startsWith(" ")) {
                value = value.substring(1);
            }
            if (field.equals("data")) {
                if (data == null) {
                    data = new StringBuilder(value);
                } else {
                    data.append('\n').append(value);
                }
            } else if (field.equals("event")) {
                event = value;
            }
        }
        // an event without its blank line was cut off: the standard says to drop it
        return false;
    }
}
