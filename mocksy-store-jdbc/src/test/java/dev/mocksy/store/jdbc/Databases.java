package dev.mocksy.store.jdbc;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * The databases the tests run on: a fresh SQLite file, or a fresh schema on the PostgreSQL server (at 127.0.0.1:5432,
 * database {@code test}, user {@code postgres}, trust auth; {@code MOCKSY_TEST_POSTGRES_URL} overrides). In CI
 * ({@code CI=true}) PostgreSQL is required; elsewhere its tests are skipped when it is not running.
 */
final class Databases {

    static final String DEFAULT_POSTGRES = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";

    private Databases() {}

    static String sqlite(Path dir) {
        return "jdbc:sqlite:" + dir.resolve("mocksy.db");
    }

    /** The server's URL, with no schema chosen. */
    static String postgresServer() {
        String url = System.getenv("MOCKSY_TEST_POSTGRES_URL");
        url = url == null || url.isBlank() ? DEFAULT_POSTGRES : url;
        try (Connection ignored = DriverManager.getConnection(url)) {
            return url;
        } catch (SQLException e) {
            String hint = "PostgreSQL is not reachable at " + JdbcUrls.redact(url) + " (" + e.getMessage() + "); start"
                    + " it with: pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start, or set"
                    + " MOCKSY_TEST_POSTGRES_URL";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(hint);
            }
            Assumptions.abort(hint);
            throw new AssertionError(hint);
        }
    }

    /** A URL whose current schema is a fresh, empty one, so that test classes and runs never collide. */
    static String postgresSchema() {
        String server = postgresServer();
        String schema = "t_"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
        try (Connection connection = DriverManager.getConnection(server);
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new AssertionError("cannot create schema " + schema + ": " + e.getMessage(), e);
        }
        return server + (server.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    /** Drops the schema of a URL made by {@link #postgresSchema()}. */
    static void dropSchema(String url) {
        String schema = url.substring(url.indexOf("currentSchema=") + "currentSchema=".length());
        try (Connection connection = DriverManager.getConnection(postgresServer());
                Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        } catch (SQLException e) {
            throw new AssertionError("cannot drop schema " + schema + ": " + e.getMessage(), e);
        }
    }
}
