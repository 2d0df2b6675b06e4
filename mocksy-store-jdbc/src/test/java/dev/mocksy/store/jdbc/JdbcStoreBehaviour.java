package dev.mocksy.store.jdbc;

import static dev.mocksy.testing.Fixtures.keywordEvaluator;
import static dev.mocksy.testing.Fixtures.numberedQuestions;
import static dev.mocksy.testing.Fixtures.simpleReports;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mocksy.StoreException;
import dev.mocksy.internal.journal.JournalCodec;
import dev.mocksy.interview.InterviewEngine;
import dev.mocksy.interview.InterviewPlan;
import dev.mocksy.interview.InterviewSession;
import dev.mocksy.interview.Interviewer;
import dev.mocksy.interview.RecordedEvent;
import dev.mocksy.store.FileInterviewStore;
import dev.mocksy.store.StoredRecording;
import dev.mocksy.testing.Fixtures.ManualClock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the database adds to the store contract: the journal holds the file store's lines, the derived tables agree
 * with the journal, and a deleted session leaves no row behind. Run on SQLite and on PostgreSQL.
 */
abstract class JdbcStoreBehaviour {

    static final String SECRET_ANSWER = "Zanzibar-7 is my unique answer about an index";

    @TempDir
    Path dir;

    private final ManualClock clock = new ManualClock(Instant.parse("2026-04-01T09:00:00Z"));
    private final List<JdbcInterviewStore> opened = new ArrayList<>();

    /** A URL of an empty database. */
    abstract String url();

    JdbcInterviewStore open() {
        JdbcInterviewStore store = JdbcInterviewStore.open(JdbcStoreSettings.of(url()));
        opened.add(store);
        return store;
    }

    @AfterEach
    void closeStores() {
        opened.forEach(JdbcInterviewStore::close);
    }

    InterviewEngine engine(dev.mocksy.store.InterviewStore store) {
        return InterviewEngine.builder()
                .store(store)
                .interviewer(new Interviewer(numberedQuestions(), keywordEvaluator(), simpleReports()), false)
                .clock(clock)
                .build();
    }

    InterviewSession played(dev.mocksy.store.InterviewStore store) {
        return played(store, SECRET_ANSWER, "Zanzibar-7 note");
    }

    InterviewSession played(dev.mocksy.store.InterviewStore store, String answer, String note) {
        InterviewSession session = engine(store)
                .create(
                        InterviewPlan.builder()
                                .questionCount(2)
                                .technologies("Kafka", "SQL")
                                .build(),
                        null,
                        "ada");
        session.start();
        session.submitAnswer(answer + ", follow me up");
        session.next();
        clock.advance(Duration.ofSeconds(40));
        session.skip();
        session.next();
        session.submitAnswer("no idea");
        session.next();
        session.report();
        session.addNote("q1", note);
        session.bookmark("q2", true);
        return session;
    }

    @Test
    void should_keep_each_event_as_the_same_line_the_file_store_writes() throws Exception {
        JdbcInterviewStore store = open();
        FileInterviewStore files = new FileInterviewStore(dir.resolve("files"));
        InterviewSession session = played(new Tee(store, files));

        List<String> lines = query("SELECT line FROM journal WHERE session_id = ? ORDER BY sequence", session.id());

        assertThat(lines)
                .isEqualTo(Files.readAllLines(
                        dir.resolve("files").resolve(session.id() + ".jsonl"), StandardCharsets.UTF_8));
        assertThat(lines).allSatisfy(line -> assertThat(line).startsWith("{\"v\":" + JournalCodec.VERSION + ","));
        assertThat(store.load(session.id())).isEqualTo(files.load(session.id()));
    }

    /** Appends every event to two stores: the one under test, and a file store to compare with. */
    private record Tee(dev.mocksy.store.InterviewStore main, FileInterviewStore copy)
            implements dev.mocksy.store.InterviewStore {
        @Override
        public void append(RecordedEvent event) {
            main.append(event);
            copy.append(event);
        }

        @Override
        public void append(RecordedEvent event, dev.mocksy.interview.InterviewSnapshot after) {
            main.append(event, after);
            copy.append(event);
        }

        @Override
        public List<RecordedEvent> load(String sessionId) {
            return main.load(sessionId);
        }

        @Override
        public List<String> sessionIds() {
            return main.sessionIds();
        }

        @Override
        public boolean delete(String sessionId) {
            return main.delete(sessionId);
        }

        @Override
        public void saveRecording(StoredRecording recording) {
            main.saveRecording(recording);
        }

        @Override
        public java.util.Optional<StoredRecording> recording(String sessionId, String recordingId) {
            return main.recording(sessionId, recordingId);
        }

        @Override
        public void recordWrittenFile(dev.mocksy.store.WrittenFile file) {
            main.recordWrittenFile(file);
        }

        @Override
        public List<dev.mocksy.store.WrittenFile> writtenFiles(String candidateId) {
            return main.writtenFiles(candidateId);
        }

        @Override
        public void forgetCandidate(String candidateId) {
            main.forgetCandidate(candidateId);
        }
    }

    @Test
    void should_derive_interviews_answers_evaluations_reports_notes_and_bookmarks_from_the_events() throws Exception {
        JdbcInterviewStore store = open();
        InterviewSession session = played(store);
        String id = session.id();

        assertThat(query(
                        "SELECT state || ' ' || user_id || ' ' || last_sequence || ' ' || questions_asked || ' '"
                                + " || technologies FROM interviews WHERE session_id = ?",
                        id))
                .containsExactly("COMPLETED ada " + session.snapshot().sequence() + " 2 Kafka, SQL");
        assertThat(query("SELECT technology FROM interview_technologies WHERE session_id = ? ORDER BY technology", id))
                .containsExactly("kafka", "sql");
        assertThat(query("SELECT question_id FROM turns WHERE session_id = ? ORDER BY turn", id))
                .containsExactly("q1", "q1-f1", "q2");
        assertThat(query("SELECT answer_text FROM answers WHERE session_id = ? ORDER BY turn", id))
                .containsExactly(SECRET_ANSWER + ", follow me up", "", "no idea");
        assertThat(query("SELECT question_id FROM evaluations WHERE session_id = ? ORDER BY turn", id))
                .containsExactly("q1", "q1-f1", "q2");
        assertThat(query("SELECT overall FROM evaluations WHERE session_id = ? ORDER BY turn", id).stream()
                        .map(Double::parseDouble))
                .containsExactly(8.0, 0.0, 3.0);
        assertThat(query("SELECT overall FROM reports WHERE session_id = ?", id))
                .containsExactly(String.valueOf(session.report().overall()));
        assertThat(query("SELECT question_id || ':' || text FROM notes WHERE session_id = ?", id))
                .containsExactly("q1:Zanzibar-7 note");
        assertThat(query("SELECT question_id FROM bookmarks WHERE session_id = ?", id))
                .containsExactly("q2");
        assertThat(query("SELECT overall FROM interviews WHERE session_id = ?", id))
                .containsExactly(String.valueOf(session.report().overall()));
    }

    @Test
    void should_leave_no_row_of_a_deleted_session_in_any_table() throws Exception {
        JdbcInterviewStore store = open();
        InterviewSession gone = played(store);
        InterviewSession kept = played(store);
        store.saveRecording(new StoredRecording(gone.id(), "r1", "audio/wav", SECRET_ANSWER.getBytes()));

        store.delete(gone.id());

        for (String table : List.of(
                "interviews",
                "interview_technologies",
                "profiles",
                "journal",
                "turns",
                "answers",
                "evaluations",
                "reports",
                "notes",
                "bookmarks",
                "recordings",
                "shares",
                "written_files")) {
            assertThat(query("SELECT COUNT(*) FROM " + table + " WHERE session_id = ?", gone.id()))
                    .as(table)
                    .containsExactly("0");
        }
        assertThat(query("SELECT COUNT(*) FROM journal WHERE session_id = ?", kept.id()))
                .containsExactly(String.valueOf(kept.snapshot().sequence()));
    }

    @Test
    void should_forget_a_candidate_without_sessions_entirely() throws Exception {
        JdbcInterviewStore store = open();
        InterviewSession session = played(store);
        store.delete(session.id());

        store.forgetCandidate("ada");

        assertThat(query("SELECT COUNT(*) FROM users WHERE id = ?", "ada")).containsExactly("0");
    }

    @Test
    void should_name_the_session_and_event_of_a_damaged_line() throws Exception {
        JdbcInterviewStore store = open();
        InterviewSession session = played(store);
        execute("UPDATE journal SET line = '{\"v\":3,\"broken' WHERE session_id = ? AND sequence = 4", session.id());

        assertThatThrownBy(() -> store.load(session.id()))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("event #4 of session " + session.id())
                .hasMessageContaining("damaged");
    }

    @Test
    void should_migrate_once_whoever_opens_the_database_first() throws Exception {
        open();
        open();

        assertThat(query("SELECT COUNT(*) FROM flyway_schema_history WHERE success = ?", true))
                .containsExactly("1");
    }

    List<String> query(String sql, Object... parameters) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(url());
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
        }
        return values;
    }

    void execute(String sql, Object... parameters) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url());
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        }
    }
}
