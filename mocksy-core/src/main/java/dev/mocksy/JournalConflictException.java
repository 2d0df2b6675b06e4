package dev.mocksy;

/**
 * Another writer appended to the session first; reload the session and retry.
 *
 * <p>Sessions have one writer at a time: this is how a second writer finds out it is not that one.
 */
public final class JournalConflictException extends StoreException {

    public JournalConflictException(String sessionId, long expected, long actual) {
        super("session " + sessionId + " expected next event #" + expected + " but the journal is at #" + actual
                + "; another process wrote to it, reload the session");
    }
}
