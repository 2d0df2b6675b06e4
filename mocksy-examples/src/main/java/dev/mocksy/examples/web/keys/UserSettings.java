package dev.mocksy.examples.web.keys;

import dev.mocksy.examples.web.PlatformException;
import dev.mocksy.examples.web.db.PlatformDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Each user's settings: the language model they chose (none means offline), the API keys they brought (encrypted at
 * rest, shown masked), and whether they appear on leaderboards. Thread-safe.
 */
public final class UserSettings {

    /** The providers a user may bring a key for. */
    public static final Set<String> PROVIDERS = Set.of("openai", "gemini", "claude");

    /**
     * A stored key as it may be shown: never the key itself.
     *
     * @param provider openai, gemini or claude
     * @param masked e.g. {@code ••••3xYz}
     * @param storedAt when it was saved
     */
    public record StoredKey(String provider, String masked, Instant storedAt) {}

    /**
     * A user's settings as shown on the settings page.
     *
     * @param provider the chosen language model provider, or {@code "offline"}
     * @param model the chosen model, or null for the provider's default
     * @param leaderboard whether the user's scores appear on leaderboards
     * @param keys the keys stored, masked
     */
    public record Settings(String provider, String model, boolean leaderboard, List<StoredKey> keys) {
        public Settings {
            keys = List.copyOf(keys);
        }
    }

    /**
     * What a user's requests run with: the provider, model and key, or offline.
     *
     * @param provider openai, gemini or claude; null for offline
     * @param model the model, or null for the provider's default
     * @param apiKey the decrypted key; never shown by {@link #toString()}
     */
    public record ModelChoice(String provider, String model, String apiKey) {
        public static final ModelChoice OFFLINE = new ModelChoice(null, null, null);

        public boolean offline() {
            return provider == null;
        }

        @Override
        public String toString() {
            return offline() ? "ModelChoice[offline]" : "ModelChoice[" + provider + ", " + model + ", key ***]";
        }
    }

    private final PlatformDatabase database;
    private final KeyCipher cipher;
    private final Clock clock;

    public UserSettings(PlatformDatabase database, KeyCipher cipher, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.cipher = Objects.requireNonNull(cipher, "cipher");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The account's settings, keys masked. */
    public Settings settings(String accountId) {
        return database.read(connection -> {
            String provider = "offline";
            String model = null;
            boolean leaderboard = false;
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT provider, model, leaderboard FROM platform_settings WHERE account_id = ?")) {
                select.setString(1, accountId);
                try (ResultSet row = select.executeQuery()) {
                    if (row.next()) {
                        provider = row.getString(1) == null ? "offline" : row.getString(1);
                        model = row.getString(2);
                        leaderboard = row.getInt(3) == 1;
                    }
                }
            }
            List<StoredKey> keys = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT provider, last_four, created_at FROM"
                    + " platform_api_keys WHERE account_id = ? ORDER BY provider")) {
                select.setString(1, accountId);
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        keys.add(new StoredKey(
                                row.getString(1), "••••" + row.getString(2), Instant.ofEpochMilli(row.getLong(3))));
                    }
                }
            }
            return new Settings(provider, model, leaderboard, keys);
        });
    }

    /**
     * Stores (or replaces) the account's key for a provider, encrypted.
     *
     * @throws PlatformException 400 for an unknown provider or a value that cannot be a key
     */
    public StoredKey saveKey(String accountId, String provider, String apiKey) {
        String id = provider(provider);
        if (apiKey == null || apiKey.isBlank()) {
            throw PlatformException.badRequest("paste the API key to store");
        }
        String key = apiKey.strip();
        if (key.length() < 8 || key.length() > 400 || key.chars().anyMatch(Character::isWhitespace)) {
            throw PlatformException.badRequest(
                    "that does not look like an API key: keys are 8 to 400 characters" + " without spaces");
        }
        String lastFour = key.substring(key.length() - 4);
        long now = clock.millis();
        String sealed = cipher.encrypt(key, associatedData(accountId, id));
        database.transaction(connection -> {
            delete(connection, accountId, id);
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO platform_api_keys (account_id,"
                    + " provider, ciphertext, last_four, created_at) VALUES (?, ?, ?, ?, ?)")) {
                insert.setString(1, accountId);
                insert.setString(2, id);
                insert.setString(3, sealed);
                insert.setString(4, lastFour);
                insert.setLong(5, now);
                return insert.executeUpdate();
            }
        });
        return new StoredKey(id, "••••" + lastFour, Instant.ofEpochMilli(now));
    }

    /**
     * Deletes the account's key for a provider; a model choice that needed it falls back to offline.
     *
     * @return whether there was one
     */
    public boolean deleteKey(String accountId, String provider) {
        String id = provider(provider);
        return database.transaction(connection -> {
            boolean deleted = delete(connection, accountId, id) > 0;
            try (PreparedStatement reset = connection.prepareStatement("UPDATE platform_settings SET provider ="
                    + " NULL, model = NULL WHERE account_id = ? AND provider = ?")) {
                reset.setString(1, accountId);
                reset.setString(2, id);
                reset.executeUpdate();
            }
            return deleted;
        });
    }

    /**
     * Chooses the language model for the account's requests: {@code offline}, or a provider whose key is stored.
     *
     * @throws PlatformException 400 for an unknown provider, or one without a stored key
     */
    public Settings chooseModel(String accountId, String provider, String model) {
        String id = provider == null || provider.isBlank()
                ? "offline"
                : provider.strip().toLowerCase(Locale.ROOT);
        String chosenModel = model == null || model.isBlank() ? null : model.strip();
        if (chosenModel != null && (chosenModel.length() > 120 || !chosenModel.matches("[A-Za-z0-9._:/-]+"))) {
            throw PlatformException.badRequest("a model name is letters, digits and . _ : / - only, e.g. gpt-4o-mini");
        }
        if (!id.equals("offline")) {
            provider(id);
            if (storedKey(accountId, id).isEmpty()) {
                throw PlatformException.badRequest(
                        "store your " + id + " key first: the platform never uses a key" + " of its own for you");
            }
        }
        upsert(accountId, connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE platform_settings SET provider = ?, model = ? WHERE account_id = ?")) {
                update.setString(1, id.equals("offline") ? null : id);
                update.setString(2, id.equals("offline") ? null : chosenModel);
                update.setString(3, accountId);
                return update.executeUpdate();
            }
        });
        return settings(accountId);
    }

    /** Shows or hides the account's scores on leaderboards. */
    public Settings leaderboard(String accountId, boolean optIn) {
        upsert(accountId, connection -> {
            try (PreparedStatement update =
                    connection.prepareStatement("UPDATE platform_settings SET leaderboard = ? WHERE account_id = ?")) {
                update.setInt(1, optIn ? 1 : 0);
                update.setString(2, accountId);
                return update.executeUpdate();
            }
        });
        return settings(accountId);
    }

    /** The accounts that opted in to leaderboards. */
    public List<String> leaderboardAccounts() {
        return database.read(connection -> {
            List<String> ids = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(
                            "SELECT account_id FROM platform_settings WHERE leaderboard = 1");
                    ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    ids.add(row.getString(1));
                }
            }
            return ids;
        });
    }

    /** What the account's requests run with: its chosen provider and decrypted key, or offline. */
    public ModelChoice modelChoice(String accountId) {
        Settings settings = settings(accountId);
        if (settings.provider().equals("offline")) {
            return ModelChoice.OFFLINE;
        }
        return storedKey(accountId, settings.provider())
                .map(ciphertext -> new ModelChoice(
                        settings.provider(),
                        settings.model(),
                        cipher.decrypt(ciphertext, associatedData(accountId, settings.provider()))))
                .orElse(ModelChoice.OFFLINE);
    }

    private Optional<String> storedKey(String accountId, String provider) {
        return database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT ciphertext FROM platform_api_keys WHERE account_id = ? AND provider = ?")) {
                select.setString(1, accountId);
                select.setString(2, provider);
                try (ResultSet row = select.executeQuery()) {
                    return row.next() ? Optional.of(row.getString(1)) : Optional.<String>empty();
                }
            }
        });
    }

    private void upsert(String accountId, PlatformDatabase.Work<Integer> update) {
        database.transaction(connection -> {
            if (update.run(connection) == 0) {
                try (PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO platform_settings (account_id, leaderboard) VALUES (?, 0)")) {
                    insert.setString(1, accountId);
                    insert.executeUpdate();
                }
                update.run(connection);
            }
            return null;
        });
    }

    private static int delete(Connection connection, String accountId, String provider) throws SQLException {
        try (PreparedStatement delete =
                connection.prepareStatement("DELETE FROM platform_api_keys WHERE account_id = ? AND provider = ?")) {
            delete.setString(1, accountId);
            delete.setString(2, provider);
            return delete.executeUpdate();
        }
    }

    private static String provider(String provider) {
        String id = provider == null ? "" : provider.strip().toLowerCase(Locale.ROOT);
        if (!PROVIDERS.contains(id)) {
            throw PlatformException.badRequest("the provider must be openai, gemini or claude, got '"
                    + (id.length() > 20 ? id.substring(0, 20) : id) + "'");
        }
        return id;
    }

    private static String associatedData(String accountId, String provider) {
        return accountId + "/" + provider;
    }
}
