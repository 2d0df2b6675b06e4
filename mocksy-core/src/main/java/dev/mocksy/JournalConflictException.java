package dev.mocksy;

/**
 * Another writer appended to the session first; reload the session and retry.
 *
 * <p>Sessions have one writer at a time: this is how a second writer finds out it is not that one.
 */
public final class JournalConflictException extends StoreException {

    private final String sessionId;
    private final long attempted;
    private final long last;

    /**
     * @param attempted the sequence number this writer tried to append
     * @param last the sequence number of the last event already in the journal
     */
    public JournalConflictException(String sessionId, long attempted, long last) {
        super("session " + sessionId + ": this writer tried to append event #" + attempted + ", but the journal ends"
                + " at event #" + last + " (the next one would be #" + (last + 1) + "); another process wrote to it,"
                + " so reload the session");
        this.sessionId = sessionId;
        this.attempted = attempted;
        this.last = last;
    }

    public String sessionId() {
        return sessionId;
    }

    /** The sequence number this writer tried to append. */
    public long attempted() {
        return attempted;
    }

    /** The sequence number of the last event in the journal when the append was refused. */
    public long last() {
        return last;
    }
}
