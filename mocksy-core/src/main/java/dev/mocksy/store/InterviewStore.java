package dev.mocksy.store;

import dev.mocksy.interview.InterviewEvent;
import dev.mocksy.interview.InterviewSnapshot;
import dev.mocksy.interview.RecordedEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The journal of interview events: append-only, one ordered sequence per session; with the audio kept of spoken
 * answers and a record of the files Mocksy wrote for a candidate, so that deleting a candidate's data leaves nothing.
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

    /**
     * Appends an event whose resulting session state the caller already knows (a live session does): a store that
     * keeps views derived from the events, such as a database's tables of answers and scores, updates them from
     * {@code after} instead of replaying the journal. The journal stays the truth; {@code after} must be the
     * session's state once {@code event} is applied.
     *
     * @throws dev.mocksy.JournalConflictException when another writer got there first; nothing is written
     */
    default void append(RecordedEvent event, InterviewSnapshot after) {
        append(event);
    }

    /** Every event of the session in order; empty when the session is unknown. */
    List<RecordedEvent> load(String sessionId);

    /** The ids of all sessions in the store, oldest first. */
    List<String> sessionIds();

    /**
     * The ids of the sessions that match, oldest first. This default reads the first event of every session; stores
     * with an index answer from it.
     */
    default List<String> find(HistoryQuery query) {
        List<String> found = new ArrayList<>();
        for (String id : sessionIds()) {
            List<RecordedEvent> journal = load(id);
            if (!journal.isEmpty()
                    && journal.get(0).event() instanceof InterviewEvent.SessionStarted started
                    && query.matches(
                            started.candidateId(),
                            started.plan(),
                            journal.get(0).at())) {
                found.add(id);
            }
        }
        return found;
    }

    /**
     * Removes a session and everything kept for it: its journal, what was derived from it, its recordings and the
     * record of files written for it (the files themselves are the caller's to remove first).
     *
     * @return whether the store held the session
     * @throws dev.mocksy.StoreException when it cannot be removed; what was removed stays removed
     */
    boolean delete(String sessionId);

    /**
     * Keeps the audio of a spoken answer; replaces a recording of the same id.
     *
     * @throws dev.mocksy.StoreException when it cannot be written
     */
    void saveRecording(StoredRecording recording);

    /** A kept recording; empty when the store has none of that id. */
    Optional<StoredRecording> recording(String sessionId, String recordingId);

    /** Notes that Mocksy wrote a file holding a candidate's data (an export, a rendered report). */
    void recordWrittenFile(WrittenFile file);

    /** The files recorded for the candidate, oldest first. */
    List<WrittenFile> writtenFiles(String candidateId);

    /**
     * Removes what the store keeps of a candidate outside sessions (the record of written files, the account row of
     * a database); delete the candidate's sessions first.
     */
    void forgetCandidate(String candidateId);
}
