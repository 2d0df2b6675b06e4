package dev.mocksy.examples.web.sets;

import dev.mocksy.examples.web.PlatformException;
import dev.mocksy.examples.web.account.Tokens;
import dev.mocksy.examples.web.db.PlatformDatabase;
import dev.mocksy.question.Question;
import dev.mocksy.question.QuestionSet;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The accounts' own question sets, kept as the text that was uploaded and parsed again with {@link QuestionSet#parse}
 * when an interview runs one, and the interviews that run them. Thread-safe.
 */
public final class QuestionSets {

    /** The largest question-set file accepted, in UTF-8 bytes. */
    public static final int MAX_BYTES = 256 * 1024;

    /** The most sets one account keeps. */
    public static final int MAX_PER_ACCOUNT = 50;

    /**
     * A kept set.
     *
     * @param id the set's id in the platform
     * @param name its name ({@code name} in the file, else "your questions")
     * @param fingerprint the SHA-256 of its questions' ids and texts: equal for equal files, whoever uploaded them
     * @param source the file name it was read under (its extension tells YAML from JSON)
     * @param content the uploaded text
     * @param questions how many questions it holds
     * @param uploadedAt when it was uploaded
     */
    public record Stored(
            String id,
            String name,
            String fingerprint,
            String source,
            String content,
            int questions,
            Instant uploadedAt) {

        /** The set, parsed again from its text. */
        public QuestionSet parse() {
            return QuestionSet.parse(source, content);
        }

        @Override
        public String toString() {
            return "Stored[id=" + id + ", name=" + name + ", questions=" + questions + "]";
        }
    }

    /** The set an interview runs: its name, fingerprint and text as they were when the interview started. */
    public record Run(String name, String fingerprint, String source, String content) {

        /** The set, parsed again from its text. */
        public QuestionSet parse() {
            return QuestionSet.parse(source, content);
        }
    }

    private final PlatformDatabase database;
    private final Clock clock;

    public QuestionSets(PlatformDatabase database, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * The name a set's text is read under: the uploaded file's own name when it ends in .json, .yaml or .yml, else one
     * whose extension follows the text (JSON when it begins with an object or a list, else YAML).
     */
    public static String sourceName(String fileName, String text) {
        String name =
                fileName == null ? "" : fileName.replaceAll(".*[/\\\\]", "").replaceAll("[^A-Za-z0-9._ -]", "_");
        name = name.length() > 100 ? name.substring(name.length() - 100) : name.strip();
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        if (lower.endsWith(".json") || lower.endsWith(".yaml") || lower.endsWith(".yml")) {
            return name;
        }
        String start = text.stripLeading();
        String base = name.isEmpty() ? "questions" : name;
        return base + (start.startsWith("{") || start.startsWith("[") ? ".json" : ".yaml");
    }

    /**
     * The SHA-256 of the questions' types and texts in order: the set's identity on leaderboards, the same for the same
     * questions whatever the set is called.
     */
    public static String fingerprint(QuestionSet set) {
        StringBuilder text = new StringBuilder();
        for (Question question : set.questions()) {
            text.append(question.type().id())
                    .append('\u0000')
                    .append(question.text().strip())
                    .append('\u0001');
        }
        return Tokens.hash(text.toString());
    }

    /**
     * Keeps a parsed set for the account.
     *
     * @throws PlatformException (409) when the account already keeps {@link #MAX_PER_ACCOUNT} sets
     */
    public Stored save(String accountId, QuestionSet set, String content) {
        String name = set.name().length() > 200 ? set.name().substring(0, 200) : set.name();
        Stored stored = new Stored(
                UUID.randomUUID().toString(),
                name,
                fingerprint(set),
                set.source(),
                content,
                set.questions().size(),
                clock.instant());
        database.transaction(connection -> {
            try (PreparedStatement count =
                    connection.prepareStatement("SELECT COUNT(*) FROM platform_question_sets WHERE account_id = ?")) {
                count.setString(1, accountId);
                try (ResultSet row = count.executeQuery()) {
                    if (row.next() && row.getInt(1) >= MAX_PER_ACCOUNT) {
                        throw PlatformException.conflict("you keep " + MAX_PER_ACCOUNT
                                + " question sets already: delete one (DELETE /api/question-sets/{id}) first");
                    }
                }
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO platform_question_sets (id,"
                    + " account_id, name, fingerprint, source, content, question_count, uploaded_at) VALUES (?, ?, ?,"
                    + " ?, ?, ?, ?, ?)")) {
                insert.setString(1, stored.id());
                insert.setString(2, accountId);
                insert.setString(3, stored.name());
                insert.setString(4, stored.fingerprint());
                insert.setString(5, stored.source());
                insert.setString(6, content);
                insert.setInt(7, stored.questions());
                insert.setLong(8, stored.uploadedAt().toEpochMilli());
                return insert.executeUpdate();
            }
        });
        return stored;
    }

    /** The account's sets, oldest first. */
    public List<Stored> list(String accountId) {
        return database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT id, name, fingerprint, source,"
                    + " content, question_count, uploaded_at FROM platform_question_sets WHERE account_id = ? ORDER"
                    + " BY uploaded_at, id")) {
                select.setString(1, accountId);
                List<Stored> sets = new ArrayList<>();
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        sets.add(stored(row));
                    }
                }
                return sets;
            }
        });
    }

    /** The account's set with this id; another account's set is not found, exactly like a missing one. */
    public Optional<Stored> find(String accountId, String id) {
        return database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT id, name, fingerprint, source,"
                    + " content, question_count, uploaded_at FROM platform_question_sets WHERE account_id = ? AND"
                    + " id = ?")) {
                select.setString(1, accountId);
                select.setString(2, id);
                try (ResultSet row = select.executeQuery()) {
                    return row.next() ? Optional.of(stored(row)) : Optional.<Stored>empty();
                }
            }
        });
    }

    /** Deletes the account's set; false when it has none with this id. Interviews already run from it go on. */
    public boolean delete(String accountId, String id) {
        return database.transaction(connection -> {
            try (PreparedStatement delete =
                    connection.prepareStatement("DELETE FROM platform_question_sets WHERE account_id = ? AND id = ?")) {
                delete.setString(1, accountId);
                delete.setString(2, id);
                return delete.executeUpdate() > 0;
            }
        });
    }

    /** Records that the account's session asks the questions of {@code set}. */
    public void recordRun(String accountId, String sessionId, Stored set) {
        database.transaction(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO platform_set_interviews"
                    + " (session_id, account_id, set_name, fingerprint, source, content) VALUES (?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, sessionId);
                insert.setString(2, accountId);
                insert.setString(3, set.name());
                insert.setString(4, set.fingerprint());
                insert.setString(5, set.source());
                insert.setString(6, set.content());
                return insert.executeUpdate();
            }
        });
    }

    /** Forgets which set the account's session ran, when the session is deleted. */
    public void forgetRun(String accountId, String sessionId) {
        database.transaction(connection -> {
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM platform_set_interviews WHERE session_id = ? AND account_id = ?")) {
                delete.setString(1, sessionId);
                delete.setString(2, accountId);
                return delete.executeUpdate();
            }
        });
    }

    /** The set the account's session runs, if it was started from one; empty for another account's session. */
    public Optional<Run> runOf(String accountId, String sessionId) {
        return database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT set_name, fingerprint, source, content"
                    + " FROM platform_set_interviews WHERE session_id = ? AND account_id = ?")) {
                select.setString(1, sessionId);
                select.setString(2, accountId);
                try (ResultSet row = select.executeQuery()) {
                    return row.next()
                            ? Optional.of(
                                    new Run(row.getString(1), row.getString(2), row.getString(3), row.getString(4)))
                            : Optional.<Run>empty();
                }
            }
        });
    }

    /** The board (set name and fingerprint) of each of the accounts' sessions run from a set, by session id. */
    public Map<String, Board> boardsOf(List<String> accountIds) {
        Map<String, Board> boards = new HashMap<>();
        if (accountIds.isEmpty()) {
            return boards;
        }
        return database.read(connection -> {
            String marks = String.join(", ", java.util.Collections.nCopies(accountIds.size(), "?"));
            try (PreparedStatement select = connection.prepareStatement("SELECT session_id, set_name, fingerprint"
                    + " FROM platform_set_interviews WHERE account_id IN (" + marks + ")")) {
                for (int i = 0; i < accountIds.size(); i++) {
                    select.setString(i + 1, accountIds.get(i));
                }
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        boards.put(row.getString(1), new Board(row.getString(2), row.getString(3)));
                    }
                }
            }
            return boards;
        });
    }

    /** The leaderboard a set's interviews count on: the fingerprint decides, the name is shown. */
    public record Board(String name, String fingerprint) {}

    private static Stored stored(ResultSet row) throws java.sql.SQLException {
        return new Stored(
                row.getString(1),
                row.getString(2),
                row.getString(3),
                row.getString(4),
                row.getString(5),
                row.getInt(6),
                Instant.ofEpochMilli(row.getLong(7)));
    }
}
