package dev.mocksy.interview;

import java.time.Instant;
import java.util.Objects;

/**
 * A personal note the candidate wrote, on the whole session or on one question.
 *
 * @param questionId the question it is about, or {@code null} for a note on the session
 * @param text what the candidate wrote
 * @param writtenAt when
 */
public record Note(String questionId, String text, Instant writtenAt) {

    public Note {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(writtenAt, "writtenAt");
    }

    /** Whether the note is on the session rather than on one question. */
    public boolean onSession() {
        return questionId == null;
    }
}
