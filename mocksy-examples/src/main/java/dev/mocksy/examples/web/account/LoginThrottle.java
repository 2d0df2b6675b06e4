package dev.mocksy.examples.web.account;

import dev.mocksy.examples.web.PlatformException;
import dev.mocksy.examples.web.db.PlatformDatabase;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Limits failed logins per e-mail address and per client address within a window, counted in the shared database so
 * that spreading guesses over several nodes does not help. Thread-safe.
 */
public final class LoginThrottle {

    /** The window failures are counted in. */
    public static final Duration WINDOW = Duration.ofMinutes(15);

    /** Failures allowed for one address in the window. */
    public static final int PER_ACCOUNT = 5;

    /** Failures allowed from one client in the window (several accounts). */
    public static final int PER_CLIENT = 20;

    private final PlatformDatabase database;
    private final Clock clock;

    public LoginThrottle(PlatformDatabase database, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Refuses the attempt when the address or the client has failed too often in the window.
     *
     * @throws PlatformException 429 with the seconds to wait
     */
    public void check(String email, String client) {
        long since = clock.millis() - WINDOW.toMillis();
        for (Subject subject : subjects(email, client)) {
            long[] failures = failures(subject.key(), since);
            if (failures[0] >= subject.limit()) {
                long wait = Math.max(1, (failures[1] + WINDOW.toMillis() - clock.millis()) / 1000);
                throw PlatformException.tooMany(
                        "too many failed logins; wait " + Math.max(1, wait / 60 + (wait % 60 > 0 ? 1 : 0))
                                + " minutes or reset your password",
                        wait);
            }
        }
    }

    /** Counts one failed attempt. */
    public void failed(String email, String client) {
        long now = clock.millis();
        database.transaction(connection -> {
            try (PreparedStatement prune =
                    connection.prepareStatement("DELETE FROM platform_login_failures WHERE failed_at < ?")) {
                prune.setLong(1, now - WINDOW.toMillis());
                prune.executeUpdate();
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO platform_login_failures (subject, failed_at) VALUES (?, ?)")) {
                for (Subject subject : subjects(email, client)) {
                    insert.setString(1, subject.key());
                    insert.setLong(2, now);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            return null;
        });
    }

    /** Forgets an address's failures after a successful login. */
    public void succeeded(String email) {
        database.transaction(connection -> {
            try (PreparedStatement delete =
                    connection.prepareStatement("DELETE FROM platform_login_failures WHERE subject = ?")) {
                delete.setString(1, accountKey(email));
                return delete.executeUpdate();
            }
        });
    }

    private long[] failures(String subject, long since) {
        return database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT COUNT(*), MIN(failed_at) FROM"
                    + " platform_login_failures WHERE subject = ? AND failed_at >= ?")) {
                select.setString(1, subject);
                select.setLong(2, since);
                try (ResultSet row = select.executeQuery()) {
                    row.next();
                    return new long[] {row.getLong(1), row.getLong(2)};
                }
            }
        });
    }

    private record Subject(String key, int limit) {}

    private static List<Subject> subjects(String email, String client) {
        return List.of(new Subject(accountKey(email), PER_ACCOUNT), new Subject("client:" + client, PER_CLIENT));
    }

    private static String accountKey(String email) {
        String address = email == null ? "" : email.strip().toLowerCase(java.util.Locale.ROOT);
        return "account:" + (address.length() > 320 ? address.substring(0, 320) : address);
    }
}
