package dev.mocksy.store.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.mocksy.JournalConflictException;
import dev.mocksy.StoreException;
import dev.mocksy.internal.journal.JournalCodec;
import dev.mocksy.interview.InterviewSnapshot;
import dev.mocksy.interview.RecordedEvent;
import dev.mocksy.store.HistoryQuery;
import dev.mocksy.store.InterviewStore;
import dev.mocksy.store.StoredRecording;
import dev.mocksy.store.WrittenFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The interview store on a database: SQLite as the embedded default (one file, no server), PostgreSQL for servers
 * that share sessions between nodes.
 *
 * <pre>{@code
 * try (JdbcInterviewStore store = JdbcInterviewStore.open(JdbcStoreSettings.of("jdbc:sqlite:" + home.resolve("mocksy.db")))) {
 *     Mocksy mocksy = Mocksy.builder().store(store).build();
 * }
 * }</pre>
 *
 * <p>The journal table holds each event as the line the file store would write ({@link JournalCodec}), so both
 * stores share one versioned format. An append is one transaction: the line, and the tables derived from it (the
 * interview, its questions, answers, evaluations, report, notes and bookmarks). Of two writers appending the same
 * sequence number, one commits and the other gets a {@link JournalConflictException}: the interview's row is moved
 * from the previous sequence with a compare-and-set, and the journal's primary key (session, sequence) is the last
 * guard. The schema is migrated with Flyway when the store opens. Thread-safe; close it to release the pool.
 */
public final class JdbcInterviewStore implements InterviewStore, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(JdbcInterviewStore.class);

    private final JdbcStoreSettings settings;
    private final Dialect dialect;
    private final HikariDataSource pool;
    private final Projections projections;
    private final Clock clock;
    private final java.util.concurrent.locks.ReentrantLock writeGate;

    private JdbcInterviewStore(JdbcStoreSettings settings, HikariDataSource pool, Clock clock) {
        this.writeGate = SqliteWriteGate.of(settings.url()).orElse(null);
        this.settings = settings;
        this.dialect = settings.dialect();
        this.pool = pool;
        this.projections = new Projections(dialect);
        this.clock = clock;
    }

    /**
     * Opens the store, creating an SQLite file's directory if needed and migrating the schema to this version.
     *
     * @throws StoreException when the database cannot be reached or migrated, saying which (passwords masked)
     */
    public static JdbcInterviewStore open(JdbcStoreSettings settings) {
        Dialect dialect = settings.dialect();
        Path file = dialect == Dialect.SQLITE ? JdbcUrls.sqliteFile(settings.url()) : null;
        if (dialect == Dialect.SQLITE && file == null) {
            throw new IllegalArgumentException("an in-memory SQLite database lives per connection and cannot hold a"
                    + " store; give a file, e.g. jdbc:sqlite:/path/to/mocksy.db, or use the in-memory store");
        }
        if (file != null && file.toAbsolutePath().getParent() != null) {
            try {
                Files.createDirectories(file.toAbsolutePath().getParent());
            } catch (IOException e) {
                throw new StoreException("cannot create the directory of " + file + ": " + e, e);
            }
        }
        migrate(settings);
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(settings.url());
        config.setUsername(settings.user());
        config.setPassword(settings.password());
        config.setPoolName("mocksy-store");
        config.setMaximumPoolSize(settings.poolSize() > 0 ? settings.poolSize() : dialect == Dialect.SQLITE ? 4 : 8);
        config.setMinimumIdle(1);
        config.setDataSourceProperties(dialect.connectionProperties());
        try {
            HikariDataSource pool = new HikariDataSource(config);
            LOG.debug("Interview store on {}", JdbcUrls.redact(settings.url()));
            return new JdbcInterviewStore(settings, pool, Clock.systemUTC());
        } catch (RuntimeException e) {
            throw new StoreException("cannot connect to " + JdbcUrls.redact(settings.url()) + ": " + e.getMessage(), e);
        }
    }

    /** Brings the schema up to this version; every migration runs once, in order, whichever process gets there first. */
    private static void migrate(JdbcStoreSettings settings) {
        Properties properties = new Properties();
        settings.dialect().connectionProperties().forEach((key, value) -> {
            if (!"transaction_mode".equals(key)) {
                properties.put(key, value);
            }
        });
        try {
            Flyway.configure()
                    .dataSource(settings.url(), settings.user(), settings.password())
                    .jdbcProperties(toMap(properties))
                    .locations(settings.dialect().migrations())
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            throw new StoreException(
                    "cannot prepare the database " + JdbcUrls.redact(settings.url()) + ": " + e.getMessage()
                            + "; check that it is reachable and that the user may create tables",
                    e);
        }
    }

    private static Map<String, String> toMap(Properties properties) {
        Map<String, String> map = new HashMap<>();
        properties.forEach((key, value) -> map.put(key.toString(), value.toString()));
        return map;
    }

    /** Where this store is, with any password masked. */
    public String location() {
        return JdbcUrls.redact(settings.url());
    }

    @Override
    public void append(RecordedEvent event) {
        InterviewSnapshot after;
        if (event.sequence() == 1) {
            after = InterviewSnapshot.start(event);
        } else {
            List<RecordedEvent> journal = load(event.sessionId());
            if (journal.size() != event.sequence() - 1) {
                throw new JournalConflictException(event.sessionId(), event.sequence(), journal.size());
            }
            try {
                after = InterviewSnapshot.replay(journal).apply(event);
            } catch (RuntimeException e) {
                throw new StoreException(
                        "event #" + event.sequence() + " does not follow session " + event.sessionId() + " as stored ("
                                + e.getMessage() + "); nothing was written",
                        e);
            }
        }
        append(event, after);
    }

    @Override
    public void append(RecordedEvent event, InterviewSnapshot after) {
        if (!after.sessionId().equals(event.sessionId()) || after.sequence() != event.sequence()) {
            throw new IllegalArgumentException("the state after event #" + event.sequence() + " of session "
                    + event.sessionId() + " must be that session's at that event, got " + after);
        }
        String line = JournalCodec.encode(event);
        enterWrite();
        try (Connection connection = pool.getConnection()) {
            connection.setAutoCommit(false);
            try {
                if (event.sequence() == 1) {
                    projections.started(connection, event, after);
                } else if (!projections.advance(connection, event, after)) {
                    long last = lastSequence(connection, event.sessionId());
                    connection.rollback();
                    throw new JournalConflictException(event.sessionId(), event.sequence(), last);
                }
                insertLine(connection, event, line);
                projections.apply(connection, event, after);
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                if (dialect.isUniqueViolation(e)) {
                    throw new JournalConflictException(
                            event.sessionId(), event.sequence(), lastSequence(connection, event.sessionId()));
                }
                throw e;
            } catch (RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw failure("append event #" + event.sequence() + " to session " + event.sessionId(), e);
        } finally {
            leaveWrite();
        }
    }

    /** On SQLite, waits for this process's earlier writers of the file; see {@link SqliteWriteGate}. */
    private void enterWrite() {
        if (writeGate != null) {
            writeGate.lock();
        }
    }

    private void leaveWrite() {
        if (writeGate != null) {
            writeGate.unlock();
        }
    }

    private void insertLine(Connection connection, RecordedEvent event, String line) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO journal (session_id, sequence,"
                + " recorded_at, event_type, line) VALUES (?, ?, ?, ?, ?)")) {
            insert.setString(1, event.sessionId());
            insert.setLong(2, event.sequence());
            dialect.setInstant(insert, 3, event.at());
            insert.setString(4, event.event().getClass().getSimpleName());
            insert.setString(5, line);
            insert.executeUpdate();
        }
    }

    private static long lastSequence(Connection connection, String sessionId) throws SQLException {
        try (PreparedStatement query =
                connection.prepareStatement("SELECT last_sequence FROM interviews WHERE session_id = ?")) {
            query.setString(1, sessionId);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? row.getLong(1) : 0;
            }
        }
    }

    @Override
    public List<RecordedEvent> load(String sessionId) {
        List<RecordedEvent> events = new ArrayList<>();
        try (Connection connection = pool.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "SELECT sequence, line FROM journal WHERE session_id = ? ORDER BY sequence")) {
            query.setString(1, sessionId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    long sequence = rows.getLong(1);
                    try {
                        events.add(JournalCodec.decode(rows.getString(2)));
                    } catch (StoreException e) {
                        throw new StoreException(
                                "event #" + sequence + " of session " + sessionId + " in " + location()
                                        + " is damaged (" + e.getMessage() + ")",
                                e);
                    }
                }
            }
        } catch (SQLException e) {
            throw failure("read session " + sessionId, e);
        }
        return events;
    }

    @Override
    public List<String> sessionIds() {
        return ids("SELECT session_id FROM interviews ORDER BY created_at, session_id", List.of());
    }

    @Override
    public List<String> find(HistoryQuery query) {
        StringBuilder sql = new StringBuilder("SELECT i.session_id FROM interviews i WHERE i.user_id = ?");
        List<Object> parameters = new ArrayList<>();
        parameters.add(query.candidateId());
        if (query.role() != null) {
            sql.append(" AND i.role = ?");
            parameters.add(query.role().name());
        }
        if (query.type() != null) {
            sql.append(" AND i.type = ?");
            parameters.add(query.type().name());
        }
        if (query.technology() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM interview_technologies t WHERE t.session_id = i.session_id AND"
                    + " t.technology = ?)");
            parameters.add(query.technologyKey());
        }
        if (query.from() != null) {
            sql.append(" AND i.created_at >= ?");
            parameters.add(query.from());
        }
        if (query.to() != null) {
            sql.append(" AND i.created_at < ?");
            parameters.add(query.to());
        }
        sql.append(" ORDER BY i.created_at, i.session_id");
        return ids(sql.toString(), parameters);
    }

    private List<String> ids(String sql, List<Object> parameters) {
        List<String> ids = new ArrayList<>();
        try (Connection connection = pool.getConnection();
                PreparedStatement query = connection.prepareStatement(sql)) {
            bind(query, parameters);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
        } catch (SQLException e) {
            throw failure("list sessions", e);
        }
        return ids;
    }

    private void bind(PreparedStatement statement, List<Object> parameters) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            Object value = parameters.get(i);
            if (value instanceof Instant instant) {
                dialect.setInstant(statement, i + 1, instant);
            } else {
                statement.setString(i + 1, (String) value);
            }
        }
    }

    /**
     * Deletes the session's rows in every table in one transaction (the journal and the tables derived from it,
     * recordings, shares, the record of files written for it); on SQLite the deleted pages are overwritten and the
     * write-ahead log is folded back and emptied, so the words do not linger in the file.
     */
    @Override
    public boolean delete(String sessionId) {
        boolean existed;
        enterWrite();
        try (Connection connection = pool.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement files =
                            connection.prepareStatement("DELETE FROM written_files WHERE session_id = ?");
                    PreparedStatement interview =
                            connection.prepareStatement("DELETE FROM interviews WHERE session_id = ?")) {
                files.setString(1, sessionId);
                files.executeUpdate();
                interview.setString(1, sessionId);
                existed = interview.executeUpdate() == 1;
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw failure("delete session " + sessionId, e);
        } finally {
            leaveWrite();
        }
        if (existed) {
            compact();
        }
        return existed;
    }

    /** SQLite keeps old page images in its write-ahead log until a checkpoint: fold them in and empty the log. */
    private void compact() {
        if (dialect != Dialect.SQLITE) {
            return;
        }
        try (Connection connection = pool.getConnection();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("PRAGMA wal_checkpoint(TRUNCATE)")) {
            if (result.next() && result.getInt(1) != 0) {
                LOG.info("Another reader kept SQLite from emptying its write-ahead log after a deletion; the next"
                        + " checkpoint will");
            }
        } catch (SQLException e) {
            LOG.warn("Could not checkpoint the SQLite write-ahead log after a deletion: {}", e.getMessage());
        }
    }

    @Override
    public void saveRecording(StoredRecording recording) {
        try (Connection connection = pool.getConnection();
                PreparedStatement upsert = connection.prepareStatement("INSERT INTO recordings (session_id,"
                        + " recording_id, media_type, audio, size, kept_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT"
                        + " (session_id, recording_id) DO UPDATE SET media_type = excluded.media_type, audio ="
                        + " excluded.audio, size = excluded.size, kept_at = excluded.kept_at")) {
            upsert.setString(1, recording.sessionId());
            upsert.setString(2, recording.recordingId());
            upsert.setString(3, recording.mediaType());
            upsert.setBytes(4, recording.audio());
            upsert.setInt(5, recording.size());
            dialect.setInstant(upsert, 6, clock.instant());
            upsert.executeUpdate();
        } catch (SQLException e) {
            throw failure(
                    "keep recording " + recording.recordingId() + " of session " + recording.sessionId()
                            + " (the session must be stored first)",
                    e);
        }
    }

    @Override
    public Optional<StoredRecording> recording(String sessionId, String recordingId) {
        try (Connection connection = pool.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "SELECT media_type, audio FROM recordings WHERE session_id = ? AND recording_id = ?")) {
            query.setString(1, sessionId);
            query.setString(2, recordingId);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                return Optional.of(new StoredRecording(sessionId, recordingId, row.getString(1), row.getBytes(2)));
            }
        } catch (SQLException e) {
            throw failure("read recording " + recordingId + " of session " + sessionId, e);
        }
    }

    @Override
    public void recordWrittenFile(WrittenFile file) {
        try (Connection connection = pool.getConnection();
                PreparedStatement insert = connection.prepareStatement("INSERT INTO written_files (user_id,"
                        + " session_id, path, kind, written_at) VALUES (?, ?, ?, ?, ?)")) {
            insert.setString(1, file.candidateId());
            insert.setString(2, file.sessionId());
            insert.setString(3, file.path().toString());
            insert.setString(4, file.kind());
            dialect.setInstant(insert, 5, file.writtenAt());
            insert.executeUpdate();
        } catch (SQLException e) {
            throw failure("record the written file " + file.path(), e);
        }
    }

    @Override
    public List<WrittenFile> writtenFiles(String candidateId) {
        List<WrittenFile> files = new ArrayList<>();
        try (Connection connection = pool.getConnection();
                PreparedStatement query = connection.prepareStatement("SELECT session_id, path, kind, written_at FROM"
                        + " written_files WHERE user_id = ? ORDER BY id")) {
            query.setString(1, candidateId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    files.add(new WrittenFile(
                            candidateId,
                            rows.getString("session_id"),
                            Path.of(rows.getString("path")),
                            rows.getString("kind"),
                            dialect.getInstant(rows, "written_at")));
                }
            }
        } catch (SQLException e) {
            throw failure("list the files written for " + candidateId, e);
        }
        return files;
    }

    /** Removes the candidate's record of written files, resumes and account row (once no session of theirs is left). */
    @Override
    public void forgetCandidate(String candidateId) {
        enterWrite();
        try (Connection connection = pool.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement files = connection.prepareStatement("DELETE FROM written_files WHERE user_id = ?");
                    PreparedStatement resumes = connection.prepareStatement("DELETE FROM resumes WHERE user_id = ?");
                    PreparedStatement user = connection.prepareStatement("DELETE FROM users WHERE id = ? AND NOT"
                            + " EXISTS (SELECT 1 FROM interviews WHERE user_id = ?)")) {
                files.setString(1, candidateId);
                files.executeUpdate();
                resumes.setString(1, candidateId);
                resumes.executeUpdate();
                user.setString(1, candidateId);
                user.setString(2, candidateId);
                user.executeUpdate();
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw failure("forget candidate " + candidateId, e);
        } finally {
            leaveWrite();
        }
        compact();
    }

    /** Whether the JSON-lines journals of {@code source} were imported already. */
    public boolean imported(Path source) {
        try (Connection connection = pool.getConnection();
                PreparedStatement query = connection.prepareStatement("SELECT 1 FROM file_imports WHERE source = ?")) {
            query.setString(1, source.toAbsolutePath().normalize().toString());
            try (ResultSet row = query.executeQuery()) {
                return row.next();
            }
        } catch (SQLException e) {
            throw failure("read the import record", e);
        }
    }

    /** Records that the journals of {@code source} were imported, so that the import on first use runs once. */
    public void markImported(Path source, int sessions) {
        try (Connection connection = pool.getConnection();
                PreparedStatement insert = connection.prepareStatement("INSERT INTO file_imports (source, sessions,"
                        + " imported_at) VALUES (?, ?, ?) ON CONFLICT (source) DO NOTHING")) {
            insert.setString(1, source.toAbsolutePath().normalize().toString());
            insert.setInt(2, sessions);
            dialect.setInstant(insert, 3, clock.instant());
            insert.executeUpdate();
        } catch (SQLException e) {
            throw failure("record the import", e);
        }
    }

    /** Releases the connections. */
    @Override
    public void close() {
        pool.close();
    }

    private StoreException failure(String what, SQLException e) {
        return new StoreException("cannot " + what + " in " + location() + ": " + e.getMessage(), e);
    }

    @Override
    public String toString() {
        return "JdbcInterviewStore[" + location() + "]";
    }
}
