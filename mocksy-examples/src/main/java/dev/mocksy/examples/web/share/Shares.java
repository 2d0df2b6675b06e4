package dev.mocksy.examples.web.share;

import dev.mocksy.examples.web.PlatformException;
import dev.mocksy.examples.web.account.Tokens;
import dev.mocksy.examples.web.db.PlatformDatabase;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Read-only links to a report: an unguessable token (256 bits, stored only as its hash), revocable by its owner, with
 * comments from the people it was shared with. Thread-safe.
 */
public final class Shares {

    /**
     * A link as its owner sees it.
     *
     * @param id the share's id, to revoke it
     * @param sessionId the interview it shows
     * @param token the link's token; only known right after creation, null in listings
     * @param createdAt when it was made
     * @param revokedAt when it was revoked, or null while it works
     */
    public record Share(String id, String sessionId, String token, Instant createdAt, Instant revokedAt) {}

    /** A viewer's comment on a shared report. */
    public record Comment(String id, String author, String body, Instant writtenAt) {}

    /** What a valid link opens: whose report and which. */
    public record Opened(String shareId, String accountId, String sessionId) {}

    private final PlatformDatabase database;
    private final Clock clock;

    public Shares(PlatformDatabase database, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** A new link to the account's session (the caller has checked the session is the account's). */
    public Share create(String accountId, String sessionId) {
        String token = Tokens.create();
        Share share = new Share(UUID.randomUUID().toString(), sessionId, token, clock.instant(), null);
        database.transaction(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO platform_shares (id, token_hash,"
                    + " account_id, session_id, created_at) VALUES (?, ?, ?, ?, ?)")) {
                insert.setString(1, share.id());
                insert.setString(2, Tokens.hash(token));
                insert.setString(3, accountId);
                insert.setString(4, sessionId);
                insert.setLong(5, share.createdAt().toEpochMilli());
                return insert.executeUpdate();
            }
        });
        return share;
    }

    /** The account's links, newest first, tokens left out. */
    public List<Share> list(String accountId) {
        return database.read(connection -> {
            List<Share> shares = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT id, session_id, created_at,"
                    + " revoked_at FROM platform_shares WHERE account_id = ? ORDER BY created_at DESC")) {
                select.setString(1, accountId);
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        long revoked = row.getLong(4);
                        Instant revokedAt = row.wasNull() ? null : Instant.ofEpochMilli(revoked);
                        shares.add(new Share(
                                row.getString(1),
                                row.getString(2),
                                null,
                                Instant.ofEpochMilli(row.getLong(3)),
                                revokedAt));
                    }
                }
            }
            return shares;
        });
    }

    /**
     * Revokes one of the account's links: it stops working at once.
     *
     * @throws PlatformException 404 when the account has no such link
     */
    public void revoke(String accountId, String shareId) {
        int changed = database.transaction(connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE platform_shares SET revoked_at = ?"
                    + " WHERE id = ? AND account_id = ? AND revoked_at IS NULL")) {
                update.setLong(1, clock.millis());
                update.setString(2, shareId);
                update.setString(3, accountId);
                return update.executeUpdate();
            }
        });
        if (changed == 0) {
            throw PlatformException.notFound("share " + shareId);
        }
    }

    /** What a link's token opens, while it is not revoked. */
    public Optional<Opened> open(String token) {
        if (token == null || token.length() < 20 || token.length() > 100) {
            return Optional.empty();
        }
        return database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT id, account_id, session_id FROM"
                    + " platform_shares WHERE token_hash = ? AND revoked_at IS NULL")) {
                select.setString(1, Tokens.hash(token));
                try (ResultSet row = select.executeQuery()) {
                    return row.next()
                            ? Optional.of(new Opened(row.getString(1), row.getString(2), row.getString(3)))
                            : Optional.<Opened>empty();
                }
            }
        });
    }

    /**
     * Adds a viewer's comment to a shared report.
     *
     * @throws PlatformException 400 when the comment is empty or longer than 2000 characters, or the name is longer
     *     than 80
     */
    public Comment comment(String shareId, String author, String body) {
        if (body == null || body.isBlank() || body.length() > 2000) {
            throw PlatformException.badRequest("a comment is 1 to 2000 characters");
        }
        String name = author == null || author.isBlank() ? "Anonymous reviewer" : author.strip();
        if (name.length() > 80) {
            throw PlatformException.badRequest("the name must be at most 80 characters");
        }
        Comment comment = new Comment(UUID.randomUUID().toString(), name, body.strip(), clock.instant());
        database.transaction(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO platform_share_comments (id,"
                    + " share_id, author, body, written_at) VALUES (?, ?, ?, ?, ?)")) {
                insert.setString(1, comment.id());
                insert.setString(2, shareId);
                insert.setString(3, comment.author());
                insert.setString(4, comment.body());
                insert.setLong(5, comment.writtenAt().toEpochMilli());
                return insert.executeUpdate();
            }
        });
        return comment;
    }

    /** The comments on every link to the account's session, oldest first. */
    public List<Comment> comments(String accountId, String sessionId) {
        return database.read(connection -> {
            List<Comment> comments = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT c.id, c.author, c.body, c.written_at"
                    + " FROM platform_share_comments c JOIN platform_shares s ON s.id = c.share_id"
                    + " WHERE s.account_id = ? AND s.session_id = ? ORDER BY c.written_at")) {
                select.setString(1, accountId);
                select.setString(2, sessionId);
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        comments.add(new Comment(
                                row.getString(1),
                                row.getString(2),
                                row.getString(3),
                                Instant.ofEpochMilli(row.getLong(4))));
                    }
                }
            }
            return comments;
        });
    }
}
