package dev.mocksy.examples.web.account;

import dev.mocksy.examples.web.db.PlatformDatabase;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Login sessions kept in the shared database, so that any node accepts a cookie another node issued: no sticky
 * sessions. Each carries its own CSRF token. Thread-safe.
 */
public final class Logins {

    /** How long a login lasts without logging in again. */
    public static final Duration LIFETIME = Duration.ofDays(7);

    /**
     * A login as the server sees it.
     *
     * @param token the cookie's value (never stored as such)
     * @param accountId whose login it is
     * @param csrfToken the token every state-changing request of this login must carry
     */
    public record Login(String token, String accountId, String csrfToken) {
        @Override
        public String toString() {
            return "Login[account " + accountId + "]";
        }
    }

    private final PlatformDatabase database;
    private final Clock clock;

    public Logins(PlatformDatabase database, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Starts a login for the account. */
    public Login create(String accountId) {
        Login login = new Login(Tokens.create(), accountId, Tokens.create());
        long now = clock.millis();
        database.transaction(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO platform_logins (token_hash,"
                    + " account_id, csrf_token, created_at, expires_at) VALUES (?, ?, ?, ?, ?)")) {
                insert.setString(1, Tokens.hash(login.token()));
                insert.setString(2, accountId);
                insert.setString(3, login.csrfToken());
                insert.setLong(4, now);
                insert.setLong(5, now + LIFETIME.toMillis());
                return insert.executeUpdate();
            }
        });
        return login;
    }

    /** The unexpired login of a cookie's token. */
    public Optional<Login> find(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT account_id, csrf_token FROM platform_logins WHERE token_hash = ? AND expires_at > ?")) {
                select.setString(1, Tokens.hash(token));
                select.setLong(2, clock.millis());
                try (ResultSet row = select.executeQuery()) {
                    return row.next()
                            ? Optional.of(new Login(token, row.getString(1), row.getString(2)))
                            : Optional.<Login>empty();
                }
            }
        });
    }

    /**
     * Ends every login of the account but the one of {@code keepToken} (null to end them all), after its password
     * changed: whoever else was logged in, perhaps with the old password, is logged out on every node.
     *
     * @return how many logins ended
     */
    public int deleteAll(String accountId, String keepToken) {
        return database.transaction(connection -> {
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM platform_logins WHERE account_id = ? AND token_hash <> ?")) {
                delete.setString(1, accountId);
                // No token hashes to the empty string: with none kept, every login goes.
                delete.setString(2, keepToken == null ? "" : Tokens.hash(keepToken));
                return delete.executeUpdate();
            }
        });
    }

    /** Ends a login (logout). */
    public void delete(String token) {
        database.transaction(connection -> {
            try (PreparedStatement delete =
                    connection.prepareStatement("DELETE FROM platform_logins WHERE token_hash = ? OR expires_at < ?")) {
                delete.setString(1, Tokens.hash(token));
                delete.setLong(2, clock.millis());
                return delete.executeUpdate();
            }
        });
    }
}
