package dev.mocksy.http;

import dev.mocksy.llm.ApiKey;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalInt;

/**
 * The keys a provider rejected, so that a model stops sending them: after the first rejection, later calls with that
 * key fail at once without touching the network. Thread-safe.
 *
 * <p>Keys are remembered by a SHA-256 fingerprint, never as text, and per key: when every request brings its own key
 * (bring your own key), one user's rejected key does not block the others. At most {@value #CAPACITY} keys are
 * remembered; the least recently seen are forgotten first.
 */
public final class RejectedKeys {

    static final int CAPACITY = 1024;

    /** Stands for "no key was sent", e.g. to a local server that turned out to require one. */
    private static final String NO_KEY = "";

    private final Map<String, Integer> statuses = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Integer> eldest) {
            return size() > CAPACITY;
        }
    });

    /** The HTTP status the key was rejected with, empty when it was not rejected. */
    public OptionalInt statusOf(ApiKey key) {
        if (statuses.isEmpty()) {
            // the usual case: nothing was rejected, so no fingerprint is needed
            return OptionalInt.empty();
        }
        Integer status = statuses.get(fingerprint(key));
        return status == null ? OptionalInt.empty() : OptionalInt.of(status);
    }

    /** Remembers that the provider rejected the key (with HTTP {@code status}, 0 for an error event in a stream). */
    public void remember(ApiKey key, int status) {
        statuses.put(fingerprint(key), status);
    }

    private static String fingerprint(ApiKey key) {
        if (key == null) {
            return NO_KEY;
        }
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-256").digest(key.reveal().getBytes(StandardCharsets.US_ASCII));
            return Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return "RejectedKeys[" + statuses.size() + " remembered]";
    }
}
