package dev.mocksy.interview;

import java.util.Objects;

/**
 * A stored session whose journal cannot be read or replayed.
 *
 * @param id the session id
 * @param reason what is wrong and where, with how to recover
 */
public record DamagedSession(String id, String reason) {

    public DamagedSession {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(reason, "reason");
    }
}
