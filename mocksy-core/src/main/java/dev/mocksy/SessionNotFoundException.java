package dev.mocksy;

/** No session with that id is in the store. */
public final class SessionNotFoundException extends MocksyException {

    public SessionNotFoundException(String sessionId) {
        super("no interview session '" + sessionId + "' in the store; list sessions to see the ids");
    }
}
