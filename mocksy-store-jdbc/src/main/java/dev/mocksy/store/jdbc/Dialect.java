package dev.mocksy.store.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Properties;

/** What differs between the two databases: the migrations, connection settings, times and unique violations. */
enum Dialect {
    SQLITE("classpath:db/migration/sqlite") {
        @Override
        Properties connectionProperties() {
            Properties properties = new Properties();
            // WAL lets readers run beside the one writer; FULL makes a commit durable when it returns; IMMEDIATE takes
            // the write lock when a transaction starts, so two writers queue (for busy_timeout) instead of deadlocking;
            // secure_delete overwrites deleted rows so that a deleted candidate's words do not linger in free pages.
            properties.setProperty("journal_mode", "WAL");
            properties.setProperty("synchronous", "FULL");
            properties.setProperty("foreign_keys", "true");
            properties.setProperty("busy_timeout", "30000");
            properties.setProperty("transaction_mode", "IMMEDIATE");
            properties.setProperty("secure_delete", "true");
            return properties;
        }

        @Override
        void setInstant(PreparedStatement statement, int index, Instant instant) throws SQLException {
            statement.setString(index, instant == null ? null : SORTABLE.format(instant));
        }

        @Override
        Instant getInstant(ResultSet row, String column) throws SQLException {
            String text = row.getString(column);
            return text == null ? null : Instant.parse(text);
        }

        @Override
        boolean isUniqueViolation(SQLException e) {
            // sqlite-jdbc names the extended result code in the message; a foreign key failure is another code.
            String message = e.getMessage() == null ? "" : e.getMessage();
            return message.contains("SQLITE_CONSTRAINT_PRIMARYKEY") || message.contains("SQLITE_CONSTRAINT_UNIQUE");
        }
    },

    POSTGRESQL("classpath:db/migration/postgresql") {
        @Override
        Properties connectionProperties() {
            return new Properties();
        }

        @Override
        void setInstant(PreparedStatement statement, int index, Instant instant) throws SQLException {
            statement.setObject(index, instant == null ? null : instant.atOffset(ZoneOffset.UTC));
        }

        @Override
        Instant getInstant(ResultSet row, String column) throws SQLException {
            OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
            return value == null ? null : value.toInstant();
        }

        @Override
        boolean isUniqueViolation(SQLException e) {
            return "23505".equals(e.getSQLState());
        }
    };

    /** Nine fraction digits always, so that times compare correctly as text. */
    private static final DateTimeFormatter SORTABLE =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'").withZone(ZoneOffset.UTC);

    private final String migrations;

    Dialect(String migrations) {
        this.migrations = migrations;
    }

    /** Where this database's migrations live. */
    String migrations() {
        return migrations;
    }

    abstract Properties connectionProperties();

    abstract void setInstant(PreparedStatement statement, int index, Instant instant) throws SQLException;

    abstract Instant getInstant(ResultSet row, String column) throws SQLException;

    /** Whether the error is a primary key or unique constraint refusing a second row. */
    abstract boolean isUniqueViolation(SQLException e);

    /**
     * The dialect of a JDBC URL.
     *
     * @throws IllegalArgumentException for any database other than SQLite and PostgreSQL
     */
    static Dialect of(String url) {
        if (url.startsWith("jdbc:sqlite:")) {
            return SQLITE;
        }
        if (url.startsWith("jdbc:postgresql:")) {
            return POSTGRESQL;
        }
        throw new IllegalArgumentException("mocksy-store-jdbc works with SQLite (jdbc:sqlite:FILE) and PostgreSQL"
                + " (jdbc:postgresql://HOST/DATABASE); got " + JdbcUrls.redact(url));
    }
}
