package dev.mocksy.examples.web.account;

import dev.mocksy.examples.web.db.PlatformDatabase;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;

/** Each account's last uploaded resume and job description, read again when an interview starts from them. */
public final class Resumes {

    /**
     * An uploaded resume.
     *
     * @param fileName the name it was uploaded under (its extension tells the parser little: content decides)
     * @param content the file's bytes
     * @param jobText the job description pasted with it, or null
     */
    public record Upload(String fileName, byte[] content, String jobText) {}

    private final PlatformDatabase database;
    private final Clock clock;

    public Resumes(PlatformDatabase database, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Keeps the upload as the account's current resume, replacing the previous one. */
    public void save(String accountId, Upload upload) {
        database.transaction(connection -> {
            try (PreparedStatement delete =
                    connection.prepareStatement("DELETE FROM platform_resumes WHERE account_id = ?")) {
                delete.setString(1, accountId);
                delete.executeUpdate();
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO platform_resumes (account_id,"
                    + " file_name, content, job_text, uploaded_at) VALUES (?, ?, ?, ?, ?)")) {
                insert.setString(1, accountId);
                insert.setString(2, upload.fileName());
                insert.setString(3, Base64.getEncoder().encodeToString(upload.content()));
                insert.setString(4, upload.jobText());
                insert.setLong(5, clock.millis());
                return insert.executeUpdate();
            }
        });
    }

    /** The account's current resume, if it uploaded one. */
    public Optional<Upload> find(String accountId) {
        return database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT file_name, content, job_text FROM platform_resumes WHERE account_id = ?")) {
                select.setString(1, accountId);
                try (ResultSet row = select.executeQuery()) {
                    return row.next()
                            ? Optional.of(new Upload(
                                    row.getString(1), Base64.getDecoder().decode(row.getString(2)), row.getString(3)))
                            : Optional.<Upload>empty();
                }
            }
        });
    }

    /** Forgets the account's resume. */
    public void delete(String accountId) {
        database.transaction(connection -> {
            try (PreparedStatement delete =
                    connection.prepareStatement("DELETE FROM platform_resumes WHERE account_id = ?")) {
                delete.setString(1, accountId);
                return delete.executeUpdate();
            }
        });
    }
}
