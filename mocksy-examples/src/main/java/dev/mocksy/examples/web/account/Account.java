package dev.mocksy.examples.web.account;

import java.time.Instant;
import java.util.Objects;

/**
 * A user of the platform. Its {@code id} is the candidate id of every interview the user takes.
 *
 * @param id the account's id, also the candidate id in the journal
 * @param email the login address, lower case
 * @param displayName the name shown on shared reports and the leaderboard
 * @param createdAt when the account was made
 */
public record Account(String id, String email, String displayName, Instant createdAt) {
    public Account {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
