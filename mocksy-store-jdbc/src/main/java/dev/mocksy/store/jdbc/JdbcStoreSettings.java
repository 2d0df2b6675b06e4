package dev.mocksy.store.jdbc;

import dev.mocksy.MocksyHome;
import dev.mocksy.spi.ProviderConfig;
import java.util.Objects;

/**
 * Where the JDBC store keeps its data and how it connects.
 *
 * @param url {@code jdbc:sqlite:FILE} or {@code jdbc:postgresql://HOST[:PORT]/DATABASE[?currentSchema=...]}
 * @param user the database user, or {@code null} (SQLite; or in the URL)
 * @param password the password, or {@code null}; never shown by {@link #toString()}
 * @param poolSize the most connections kept open; 0 for the database's default (4 for SQLite, 8 for PostgreSQL)
 */
public record JdbcStoreSettings(String url, String user, String password, int poolSize) {

    /** The setting of the JDBC URL. */
    public static final String URL = "mocksy.store.url";

    /** The setting of the database user. */
    public static final String USER = "mocksy.store.user";

    /** The setting of the database password. */
    public static final String PASSWORD = "mocksy.store.password";

    /** The setting of the connection pool's size. */
    public static final String POOL_SIZE = "mocksy.store.pool-size";

    public JdbcStoreSettings {
        Objects.requireNonNull(url, "url");
        Dialect.of(url);
        if (poolSize < 0) {
            throw new IllegalArgumentException(POOL_SIZE + " must be 0 (the default) or more, got " + poolSize);
        }
    }

    /** Settings with the URL only. */
    public static JdbcStoreSettings of(String url) {
        return new JdbcStoreSettings(url, null, null, 0);
    }

    /**
     * The settings of {@value #URL}, {@value #USER}, {@value #PASSWORD} and {@value #POOL_SIZE}; without a URL, the
     * SQLite file {@code mocksy.db} in the data directory.
     *
     * @throws IllegalArgumentException when the URL is not SQLite or PostgreSQL, or the pool size is not a number
     */
    public static JdbcStoreSettings from(ProviderConfig config) {
        String url = config.get(URL).orElseGet(() -> "jdbc:sqlite:" + MocksyHome.database(config));
        int poolSize;
        try {
            poolSize = config.get(POOL_SIZE).map(Integer::parseInt).orElse(0);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(POOL_SIZE + " must be a whole number, got '"
                    + config.get(POOL_SIZE).orElse("") + "'");
        }
        return new JdbcStoreSettings(
                url, config.get(USER).orElse(null), config.get(PASSWORD).orElse(null), poolSize);
    }

    Dialect dialect() {
        return Dialect.of(url);
    }

    @Override
    public String toString() {
        return "JdbcStoreSettings[" + JdbcUrls.redact(url) + (user == null ? "" : ", user " + user)
                + (password == null ? "" : ", password ***") + "]";
    }

    /** A builder for {@link JdbcStoreSettings}; every field is checked when {@link Builder#build()} runs. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this value's fields, to change some of them. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Builds a {@link JdbcStoreSettings}. */
    public static final class Builder {
        private String url;
        private String user;
        private String password;
        private int poolSize;

        private Builder() {}

        private Builder(JdbcStoreSettings source) {
            url = source.url;
            user = source.user;
            password = source.password;
            poolSize = source.poolSize;
        }

        public Builder url(String url) {
            this.url = url;
            return this;
        }

        public Builder user(String user) {
            this.user = user;
            return this;
        }

        public Builder password(String password) {
            this.password = password;
            return this;
        }

        public Builder poolSize(int poolSize) {
            this.poolSize = poolSize;
            return this;
        }

        /**
         * Builds the value.
         *
         * @throws IllegalArgumentException or {@link NullPointerException} naming the field that is missing or
         *     out of range
         */
        public JdbcStoreSettings build() {
            return new JdbcStoreSettings(url, user, password, poolSize);
        }
    }
}
