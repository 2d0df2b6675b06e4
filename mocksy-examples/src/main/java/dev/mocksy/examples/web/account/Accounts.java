package dev.mocksy.examples.web.account;

import dev.mocksy.examples.web.PlatformException;
import dev.mocksy.examples.web.db.PlatformDatabase;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/** Sign-up, password checks and look-ups of accounts, in the platform database. Thread-safe. */
public final class Accounts {

    /** Shortest password accepted; NIST SP 800-63B asks for at least 8 characters. */
    public static final int MIN_PASSWORD = 10;

    /** Longest password accepted; Argon2 hashes anything, but a megabyte "password" is an attack. */
    public static final int MAX_PASSWORD = 256;

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");

    private final PlatformDatabase database;
    private final PasswordHasher hasher = new PasswordHasher();
    private final Clock clock;

    public Accounts(PlatformDatabase database, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Creates an account.
     *
     * @throws PlatformException 400 when the address, name or password is not acceptable (saying why), 409 when the
     *     address is already registered
     */
    public Account signUp(String email, String password, String displayName) {
        String address = normaliseEmail(email);
        checkPassword(password);
        String name = displayName == null || displayName.isBlank()
                ? address.substring(0, address.indexOf('@'))
                : displayName.strip();
        if (name.length() > 80) {
            throw PlatformException.badRequest("the display name must be at most 80 characters");
        }
        String hash = hasher.hash(password);
        Account account = new Account(UUID.randomUUID().toString(), address, name, clock.instant());
        return database.transaction(connection -> {
            try (PreparedStatement exists =
                    connection.prepareStatement("SELECT 1 FROM platform_accounts WHERE email = ?")) {
                exists.setString(1, address);
                try (ResultSet row = exists.executeQuery()) {
                    if (row.next()) {
                        throw PlatformException.conflict(
                                "an account with this e-mail address exists already; log in instead");
                    }
                }
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO platform_accounts (id, email,"
                    + " password_hash, display_name, created_at) VALUES (?, ?, ?, ?, ?)")) {
                insert.setString(1, account.id());
                insert.setString(2, account.email());
                insert.setString(3, hash);
                insert.setString(4, account.displayName());
                insert.setLong(5, account.createdAt().toEpochMilli());
                insert.executeUpdate();
            }
            return account;
        });
    }

    /** The account whose address and password these are; empty (after the same work) when either is wrong. */
    public Optional<Account> authenticate(String email, String password) {
        if (email == null || password == null || password.length() > MAX_PASSWORD) {
            return Optional.empty();
        }
        String address = email.strip().toLowerCase(Locale.ROOT);
        Optional<String[]> stored = database.read(connection -> {
            try (PreparedStatement select =
                    connection.prepareStatement("SELECT id, password_hash FROM platform_accounts WHERE email = ?")) {
                select.setString(1, address);
                try (ResultSet row = select.executeQuery()) {
                    return row.next()
                            ? Optional.of(new String[] {row.getString(1), row.getString(2)})
                            : Optional.<String[]>empty();
                }
            }
        });
        if (stored.isEmpty()) {
            hasher.spendCheck(password);
            return Optional.empty();
        }
        return hasher.matches(password, stored.get()[1]) ? find(stored.get()[0]) : Optional.empty();
    }

    /** The account with this id, if any. */
    public Optional<Account> find(String id) {
        return database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT id, email, display_name, created_at FROM platform_accounts WHERE id = ?")) {
                select.setString(1, id);
                try (ResultSet row = select.executeQuery()) {
                    return row.next()
                            ? Optional.of(new Account(
                                    row.getString(1),
                                    row.getString(2),
                                    row.getString(3),
                                    Instant.ofEpochMilli(row.getLong(4))))
                            : Optional.<Account>empty();
                }
            }
        });
    }

    /** The account registered under this address, if any. */
    public Optional<Account> findByEmail(String email) {
        if (email == null || email.isBlank() || email.length() > 320) {
            return Optional.empty();
        }
        String address = email.strip().toLowerCase(Locale.ROOT);
        return database.read(connection -> {
                    try (PreparedStatement select =
                            connection.prepareStatement("SELECT id FROM platform_accounts WHERE email = ?")) {
                        select.setString(1, address);
                        try (ResultSet row = select.executeQuery()) {
                            return row.next() ? Optional.of(row.getString(1)) : Optional.<String>empty();
                        }
                    }
                })
                .flatMap(this::find);
    }

    /** Whether this is the account's password (after the hashing work either way). */
    public boolean passwordMatches(String accountId, String password) {
        Optional<String> hash = database.read(connection -> {
            try (PreparedStatement select =
                    connection.prepareStatement("SELECT password_hash FROM platform_accounts WHERE id = ?")) {
                select.setString(1, accountId);
                try (ResultSet row = select.executeQuery()) {
                    return row.next() ? Optional.of(row.getString(1)) : Optional.<String>empty();
                }
            }
        });
        if (password == null || password.length() > MAX_PASSWORD || hash.isEmpty()) {
            hasher.spendCheck(password == null ? "" : password.substring(0, Math.min(password.length(), MAX_PASSWORD)));
            return false;
        }
        return hasher.matches(password, hash.get());
    }

    /**
     * Sets a new password, hashed like at sign-up. The caller has checked the old one or a reset token, and ends the
     * account's other logins.
     *
     * @throws PlatformException 400 when the new password is not acceptable, 404 when the account is gone
     */
    public void setPassword(String accountId, String password) {
        checkPassword(password);
        String hash = hasher.hash(password);
        int updated = database.transaction(connection -> {
            try (PreparedStatement update =
                    connection.prepareStatement("UPDATE platform_accounts SET password_hash = ? WHERE id = ?")) {
                update.setString(1, hash);
                update.setString(2, accountId);
                return update.executeUpdate();
            }
        });
        if (updated != 1) {
            throw PlatformException.notFound("the account");
        }
    }

    /** Deletes the account and, by cascade, its logins, keys, settings, resume and shares. */
    public void delete(String id) {
        database.transaction(connection -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM platform_accounts WHERE id = ?")) {
                delete.setString(1, id);
                return delete.executeUpdate();
            }
        });
    }

    static String normaliseEmail(String email) {
        if (email == null || email.isBlank()) {
            throw PlatformException.badRequest("an e-mail address is needed to sign up");
        }
        String address = email.strip().toLowerCase(Locale.ROOT);
        if (address.length() > 320 || !EMAIL.matcher(address).matches()) {
            throw PlatformException.badRequest(
                    "'" + abbreviate(address) + "' is not an e-mail address such as" + " ada@example.com");
        }
        return address;
    }

    /**
     * @throws PlatformException 400 when the password is too short or too long, saying the bounds
     */
    public static void checkPassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD) {
            throw PlatformException.badRequest("the password must have at least " + MIN_PASSWORD + " characters");
        }
        if (password.length() > MAX_PASSWORD) {
            throw PlatformException.badRequest("the password must have at most " + MAX_PASSWORD + " characters");
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "...";
    }
}
