package dev.mocksy.examples.web.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.mocksy.StoreException;
import dev.mocksy.store.jdbc.SqliteWriteGate;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.locks.ReentrantLock;
import java.util.regex.Pattern;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * The platform's own tables (accounts, login sessions, keys, shares) in the same database as the interview journal,
 * with their own Flyway migrations and history table, so that the journal's migrations and these never meet. Every
 * node of a cluster shares them: a login made on one node is valid on the others. Thread-safe; close it to release
 * the pool.
 */
public final class PlatformDatabase implements AutoCloseable {

    /** Flyway's history of these migrations, apart from the journal's {@code flyway_schema_history}. */
    static final String HISTORY_TABLE = "platform_schema_history";

    private static final Pattern PASSWORD = Pattern.compile("(?i)(password=)[^&;]*");

    private final HikariDataSource pool;
    private final String url;
    private final ReentrantLock writeGate;

    private PlatformDatabase(HikariDataSource pool, String url, ReentrantLock writeGate) {
        this.pool = pool;
        this.url = url;
        this.writeGate = writeGate;
    }

    /**
     * Connects to {@code jdbcUrl} ({@code jdbc:sqlite:FILE} or {@code jdbc:postgresql://...}) and migrates the
     * platform's tables to this version.
     *
     * @throws IllegalArgumentException when the URL is neither SQLite nor PostgreSQL
     * @throws StoreException when the database cannot be reached or migrated (passwords masked)
     */
    public static PlatformDatabase open(String jdbcUrl) {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        boolean sqlite = jdbcUrl.startsWith("jdbc:sqlite:");
        if (!sqlite && !jdbcUrl.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("the platform needs an SQLite or PostgreSQL database: give"
                    + " jdbc:sqlite:FILE or jdbc:postgresql://HOST/DB, got " + redact(jdbcUrl));
        }
        if (sqlite) {
            createDirectory(jdbcUrl);
        }
        Properties connection = new Properties();
        if (sqlite) {
            // The same settings as the interview store: WAL, durable commits, writers queue instead of failing.
            connection.setProperty("journal_mode", "WAL");
            connection.setProperty("synchronous", "FULL");
            connection.setProperty("foreign_keys", "true");
            connection.setProperty("busy_timeout", "30000");
        }
        try {
            Flyway.configure()
                    .dataSource(jdbcUrl, null, null)
                    .jdbcProperties(toMap(connection))
                    .locations("classpath:dev/mocksy/examples/web/db")
                    .table(HISTORY_TABLE)
                    // The journal's tables are already there: start this history at zero beside them.
                    .baselineOnMigrate(true)
                    .baselineVersion("0")
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            throw new StoreException(
                    "cannot prepare the platform's tables in " + redact(jdbcUrl) + ": " + e.getMessage()
                            + "; check that the database is reachable and the user may create tables",
                    e);
        }
        if (sqlite) {
            connection.setProperty("transaction_mode", "IMMEDIATE");
        }
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setPoolName("mocksy-platform");
        // Readers on SQLite do not wait for the writer: enough connections that they need not wait for one either.
        config.setMaximumPoolSize(8);
        config.setMinimumIdle(1);
        config.setDataSourceProperties(connection);
        try {
            return new PlatformDatabase(
                    new HikariDataSource(config),
                    redact(jdbcUrl),
                    SqliteWriteGate.of(jdbcUrl).orElse(null));
        } catch (RuntimeException e) {
            throw new StoreException("cannot connect to " + redact(jdbcUrl) + ": " + e.getMessage(), e);
        }
    }

    /** Work done on one connection. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    /**
     * Runs {@code work} in one transaction, committed when it returns and rolled back when it throws.
     *
     * @throws StoreException when the database fails, naming it (never a password)
     */
    public <T> T transaction(Work<T> work) {
        // On SQLite the journal's writers and these queue at one gate per file rather than in SQLite's busy polling.
        if (writeGate != null) {
            writeGate.lock();
        }
        try (Connection connection = pool.getConnection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("the platform database " + url + " failed: " + e.getMessage(), e);
        } finally {
            if (writeGate != null) {
                writeGate.unlock();
            }
        }
    }

    /**
     * Runs {@code work} that only reads, outside an explicit transaction: on SQLite a read then takes no write lock
     * and never queues behind writers (in WAL mode readers and the one writer run side by side), which every request's
     * login check would otherwise do.
     *
     * @throws StoreException when the database fails, naming it (never a password)
     */
    public <T> T read(Work<T> work) {
        try (Connection connection = pool.getConnection()) {
            return work.run(connection);
        } catch (SQLException e) {
            throw new StoreException("the platform database " + url + " failed: " + e.getMessage(), e);
        }
    }

    /** Where the tables are, password masked. */
    public String location() {
        return url;
    }

    @Override
    public void close() {
        pool.close();
    }

    private static void createDirectory(String jdbcUrl) {
        String rest = jdbcUrl.substring("jdbc:sqlite:".length());
        int query = rest.indexOf('?');
        rest = query >= 0 ? rest.substring(0, query) : rest;
        if (rest.isEmpty() || rest.contains(":memory:")) {
            throw new IllegalArgumentException("an in-memory SQLite database cannot hold accounts shared by"
                    + " requests; give a file, e.g. jdbc:sqlite:/path/to/mocksy.db");
        }
        Path parent = Path.of(rest).toAbsolutePath().getParent();
        try {
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new StoreException("cannot create the directory of " + rest + ": " + e, e);
        }
    }

    private static Map<String, String> toMap(Properties properties) {
        Map<String, String> map = new java.util.HashMap<>();
        properties.forEach((key, value) -> map.put(key.toString(), value.toString()));
        return map;
    }

    static String redact(String url) {
        return PASSWORD.matcher(url).replaceAll("$1***");
    }
}
