package dev.mocksy.examples.web.account;

import dev.mocksy.examples.web.db.PlatformDatabase;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Single-use password reset tokens: 256 random bits, kept in the database only as their SHA-256, valid for
 * {@link #LIFETIME}, deleted when used. Thread-safe; any node redeems a token another node issued.
 */
public final class PasswordResets {

    /** How long a reset link works. */
    public static final Duration LIFETIME = Duration.ofMinutes(30);

    /** Unexpired links an account may have at once; a request beyond them sends nothing, so a mailbox is not flooded. */
    public static final int MAX_OUTSTANDING = 3;

    private final PlatformDatabase database;
    private final Clock clock;

    public PasswordResets(PlatformDatabase database, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** A new token for the account, or empty when it has {@link #MAX_OUTSTANDING} unexpired ones already. */
    public Optional<String> issue(String accountId) {
        long now = clock.millis();
        String token = Tokens.create();
        return database.transaction(connection -> {
            try (PreparedStatement prune =
                    connection.prepareStatement("DELETE FROM platform_password_resets WHERE expires_at <= ?")) {
                prune.setLong(1, now);
                prune.executeUpdate();
            }
            try (PreparedStatement count =
                    connection.prepareStatement("SELECT COUNT(*) FROM platform_password_resets WHERE account_id = ?")) {
                count.setString(1, accountId);
                try (ResultSet row = count.executeQuery()) {
                    row.next();
                    if (row.getLong(1) >= MAX_OUTSTANDING) {
                        return Optional.<String>empty();
                    }
                }
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO platform_password_resets"
                    + " (token_hash, account_id, created_at, expires_at) VALUES (?, ?, ?, ?)")) {
                insert.setString(1, Tokens.hash(token));
                insert.setString(2, accountId);
                insert.setLong(3, now);
                insert.setLong(4, now + LIFETIME.toMillis());
                insert.executeUpdate();
            }
            return Optional.of(token);
        });
    }

    /**
     * Uses up a token: the account it was issued for, once; empty when the token is unknown, used or expired. Of two
     * requests redeeming one token at the same moment only one gets the account.
     */
    public Optional<String> redeem(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        String hash = Tokens.hash(token.strip());
        long now = clock.millis();
        return database.transaction(connection -> {
            String accountId;
            long expiresAt;
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT account_id, expires_at FROM platform_password_resets WHERE token_hash = ?")) {
                select.setString(1, hash);
                try (ResultSet row = select.executeQuery()) {
                    if (!row.next()) {
                        return Optional.<String>empty();
                    }
                    accountId = row.getString(1);
                    expiresAt = row.getLong(2);
                }
            }
            try (PreparedStatement delete =
                    connection.prepareStatement("DELETE FROM platform_password_resets WHERE token_hash = ?")) {
                delete.setString(1, hash);
                if (delete.executeUpdate() != 1) {
                    return Optional.<String>empty();
                }
            }
            return expiresAt > now ? Optional.of(accountId) : Optional.<String>empty();
        });
    }

    /** Forgets every token of the account, after its password changed. */
    public void revokeAll(String accountId) {
        database.transaction(connection -> {
            try (PreparedStatement delete =
                    connection.prepareStatement("DELETE FROM platform_password_resets WHERE account_id = ?")) {
                delete.setString(1, accountId);
                return delete.executeUpdate();
            }
        });
    }
}
