package dev.mocksy.store.jdbc;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One writer at a time per SQLite file within this process. SQLite has a single writer anyway, but
 * a writer that finds the file locked sleeps and polls (its busy handler backs off up to 100 ms per try), so twenty
 * writers queued there wait far longer than the writes take and hold a pooled connection all along. Queued here
 * instead, they wait only for the writes ahead of them and hold no connection, which leaves the pool to readers.
 * Other processes on the same file still meet SQLite's own lock and busy timeout.
 *
 * <p>Support for Mocksy's database modules, not meant for applications: it may change between releases.
 */
public final class SqliteWriteGate {

    private static final ConcurrentHashMap<Path, ReentrantLock> GATES = new ConcurrentHashMap<>();

    private SqliteWriteGate() {}

    /** The gate of the file of a {@code jdbc:sqlite:} URL; empty for other databases and in-memory SQLite. */
    public static Optional<ReentrantLock> of(String jdbcUrl) {
        if (jdbcUrl == null || !jdbcUrl.startsWith("jdbc:sqlite:")) {
            return Optional.empty();
        }
        Path file = JdbcUrls.sqliteFile(jdbcUrl);
        if (file == null) {
            return Optional.empty();
        }
        return Optional.of(GATES.computeIfAbsent(file.toAbsolutePath().normalize(), f -> new ReentrantLock()));
    }
}
