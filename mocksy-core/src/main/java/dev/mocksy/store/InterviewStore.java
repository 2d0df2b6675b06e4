package dev.mocksy.store;

import dev.mocksy.interview.RecordedEvent;
import java.util.List;

/**
 * The journal of interview events: append-only, one ordered sequence per session.
 *
 * <p>Implementations are safe for concurrent use, and {@link #append} is atomic: either the whole event is stored
 * or none of it.
 */
public interface InterviewStore {

    /**
     * Appends an event after the session's last one.
     *
     * @throws dev.mocksy.JournalConflictException when {@code event.sequence()} is not the last sequence plus one
     *     (another writer got there first); nothing is written
     * @throws dev.mocksy.StoreException when the journal cannot be written
     */
    void append(RecordedEvent event);

    /** Every event of the session in order; empty when the session is unknown. */
    List<RecordedEvent> load(String sessionId);

    /** The ids of all sessions in the store, oldest first. */
    List<String> sessionIds();
}
