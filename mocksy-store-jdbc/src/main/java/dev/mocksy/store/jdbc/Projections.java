package dev.mocksy.store.jdbc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mocksy.StoreException;
import dev.mocksy.evaluation.Evaluation;
import dev.mocksy.evaluation.RubricCategory;
import dev.mocksy.internal.MocksyJson;
import dev.mocksy.interview.InterviewEvent;
import dev.mocksy.interview.InterviewPlan;
import dev.mocksy.interview.InterviewSnapshot;
import dev.mocksy.interview.RecordedEvent;
import dev.mocksy.interview.Turn;
import dev.mocksy.report.InterviewReport;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Keeps the tables derived from the journal up to date, in the append's transaction: the interview's row, its
 * questions, answers, evaluations, report, notes and bookmarks. Each is written from the event and the session's
 * state after it, so the tables always agree with a replay of the journal.
 */
final class Projections {

    private static final ObjectMapper JSON = MocksyJson.mapper();

    private final Dialect dialect;

    Projections(Dialect dialect) {
        this.dialect = dialect;
    }

    /** The first event: the candidate, the interview's row, its technologies and profile. */
    void started(Connection connection, RecordedEvent event, InterviewSnapshot after) throws SQLException {
        try (PreparedStatement user = connection.prepareStatement(
                "INSERT INTO users (id, created_at) VALUES (?, ?) ON CONFLICT (id) DO NOTHING")) {
            user.setString(1, after.candidateId());
            dialect.setInstant(user, 2, event.at());
            user.executeUpdate();
        }
        InterviewPlan plan = after.plan();
        try (PreparedStatement interview = connection.prepareStatement("INSERT INTO interviews (session_id, user_id,"
                + " plan_json, state, role, type, level, technologies, created_at, last_event_at, last_sequence,"
                + " questions_asked, overall) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            interview.setString(1, event.sessionId());
            interview.setString(2, after.candidateId());
            interview.setString(3, json(plan));
            interview.setString(4, after.state().name());
            interview.setString(5, plan.role().name());
            interview.setString(6, plan.type().name());
            interview.setString(7, plan.level().name());
            interview.setString(8, String.join(", ", plan.technologies()));
            dialect.setInstant(interview, 9, event.at());
            dialect.setInstant(interview, 10, event.at());
            interview.setLong(11, event.sequence());
            interview.setInt(12, after.mainQuestionsAsked());
            interview.setNull(13, Types.INTEGER);
            interview.executeUpdate();
        }
        Set<String> technologies = new LinkedHashSet<>();
        plan.technologies().forEach(t -> technologies.add(t.toLowerCase(Locale.ROOT)));
        if (!technologies.isEmpty()) {
            try (PreparedStatement technology = connection.prepareStatement(
                    "INSERT INTO interview_technologies (session_id, technology) VALUES (?, ?)")) {
                for (String name : technologies) {
                    technology.setString(1, event.sessionId());
                    technology.setString(2, name);
                    technology.addBatch();
                }
                technology.executeBatch();
            }
        }
        if (after.profile().isPresent()) {
            try (PreparedStatement profile = connection.prepareStatement(
                    "INSERT INTO profiles (session_id, user_id, profile_json, created_at) VALUES (?, ?, ?, ?)")) {
                profile.setString(1, event.sessionId());
                profile.setString(2, after.candidateId());
                profile.setString(3, json(after.profile().get()));
                dialect.setInstant(profile, 4, event.at());
                profile.executeUpdate();
            }
        }
    }

    /**
     * Moves the interview's row to the state after {@code event}, if it is still at the sequence before it: the
     * optimistic lock. False when another writer moved it first.
     */
    boolean advance(Connection connection, RecordedEvent event, InterviewSnapshot after) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE interviews SET last_sequence = ?,"
                + " state = ?, last_event_at = ?, questions_asked = ?, overall = ? WHERE session_id = ? AND"
                + " last_sequence = ?")) {
            update.setLong(1, event.sequence());
            update.setString(2, after.state().name());
            dialect.setInstant(update, 3, event.at());
            update.setInt(4, after.mainQuestionsAsked());
            if (after.report().isPresent()) {
                update.setInt(5, after.report().get().overall());
            } else {
                update.setNull(5, Types.INTEGER);
            }
            update.setString(6, event.sessionId());
            update.setLong(7, event.sequence() - 1);
            return update.executeUpdate() == 1;
        }
    }

    /** The rows one event adds or changes besides the interview's row. */
    void apply(Connection connection, RecordedEvent recorded, InterviewSnapshot after) throws SQLException {
        InterviewEvent event = recorded.event();
        String session = recorded.sessionId();
        int turn = after.turns().size();
        if (event instanceof InterviewEvent.QuestionAsked || event instanceof InterviewEvent.FollowUpChosen) {
            Turn asked = after.turns().get(turn - 1);
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO turns (session_id, turn,"
                    + " question_id, question_text, follow_up, asked_at) VALUES (?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, session);
                insert.setInt(2, turn);
                insert.setString(3, asked.question().id());
                insert.setString(4, asked.question().text());
                insert.setBoolean(5, asked.isFollowUp());
                dialect.setInstant(insert, 6, recorded.at());
                insert.executeUpdate();
            }
        } else if (event instanceof InterviewEvent.AnswerReceived received) {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO answers (session_id, turn,"
                    + " question_id, answer_text, skipped, timed_out, spoken, received_at) VALUES (?, ?, ?, ?, ?, ?,"
                    + " ?, ?)")) {
                insert.setString(1, session);
                insert.setInt(2, turn);
                insert.setString(3, received.questionId());
                insert.setString(4, received.answer().text());
                insert.setBoolean(5, received.answer().skipped());
                insert.setBoolean(6, received.answer().timedOut());
                insert.setBoolean(7, received.answer().delivery() != null);
                dialect.setInstant(insert, 8, recorded.at());
                insert.executeUpdate();
            }
        } else if (event instanceof InterviewEvent.AnswerEvaluated evaluated) {
            evaluation(connection, recorded, turn, evaluated.questionId(), evaluated.evaluation());
        } else if (event instanceof InterviewEvent.ReportGenerated generated) {
            report(connection, recorded, generated.report());
        } else if (event instanceof InterviewEvent.NoteAdded note) {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO notes (session_id, sequence,"
                    + " question_id, text, written_at) VALUES (?, ?, ?, ?, ?)")) {
                insert.setString(1, session);
                insert.setLong(2, recorded.sequence());
                insert.setString(3, note.questionId());
                insert.setString(4, note.text());
                dialect.setInstant(insert, 5, recorded.at());
                insert.executeUpdate();
            }
        } else if (event instanceof InterviewEvent.BookmarkSet bookmark) {
            bookmark(connection, recorded, bookmark);
        } else if (event instanceof InterviewEvent.RecordingKept kept) {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE recordings SET question_id = ? WHERE session_id = ? AND recording_id = ?")) {
                update.setString(1, kept.questionId());
                update.setString(2, session);
                update.setString(3, kept.recordingId());
                update.executeUpdate();
            }
        }
    }

    private void evaluation(
            Connection connection, RecordedEvent recorded, int turn, String questionId, Evaluation evaluation)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO evaluations (session_id, turn,"
                + " question_id, overall, technical_correctness, problem_solving, communication,"
                + " depth_and_completeness, confidence_and_clarity, non_answer, method, evaluation_json, evaluated_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, recorded.sessionId());
            insert.setInt(2, turn);
            insert.setString(3, questionId);
            insert.setDouble(4, evaluation.overall());
            int column = 5;
            for (RubricCategory category : RubricCategory.values()) {
                Double score = evaluation.categories().get(category);
                if (score == null) {
                    insert.setNull(column++, Types.DOUBLE);
                } else {
                    insert.setDouble(column++, score);
                }
            }
            insert.setBoolean(10, evaluation.nonAnswer());
            insert.setString(11, evaluation.method());
            insert.setString(12, json(evaluation));
            dialect.setInstant(insert, 13, recorded.at());
            insert.executeUpdate();
        }
    }

    private void report(Connection connection, RecordedEvent recorded, InterviewReport report) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement("INSERT INTO reports (session_id, overall,"
                + " confidence, report_json, generated_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (session_id) DO UPDATE"
                + " SET overall = excluded.overall, confidence = excluded.confidence, report_json ="
                + " excluded.report_json, generated_at = excluded.generated_at")) {
            upsert.setString(1, recorded.sessionId());
            upsert.setInt(2, report.overall());
            upsert.setInt(3, report.confidence());
            upsert.setString(4, json(report));
            dialect.setInstant(upsert, 5, recorded.at());
            upsert.executeUpdate();
        }
    }

    private void bookmark(Connection connection, RecordedEvent recorded, InterviewEvent.BookmarkSet bookmark)
            throws SQLException {
        String sql = bookmark.bookmarked()
                ? "INSERT INTO bookmarks (session_id, question_id, bookmarked_at) VALUES (?, ?, ?) ON CONFLICT"
                        + " (session_id, question_id) DO NOTHING"
                : "DELETE FROM bookmarks WHERE session_id = ? AND question_id = ?";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, recorded.sessionId());
            statement.setString(2, bookmark.questionId());
            if (bookmark.bookmarked()) {
                dialect.setInstant(statement, 3, recorded.at());
            }
            statement.executeUpdate();
        }
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new StoreException(
                    "cannot write " + value.getClass().getSimpleName() + " as JSON: " + e.getOriginalMessage(), e);
        }
    }
}
