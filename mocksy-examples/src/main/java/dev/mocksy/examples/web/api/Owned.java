package dev.mocksy.examples.web.api;

import dev.mocksy.Mocksy;
import dev.mocksy.SessionNotFoundException;
import dev.mocksy.examples.web.PlatformException;
import dev.mocksy.examples.web.account.Account;
import dev.mocksy.interview.InterviewSession;
import dev.mocksy.interview.InterviewSnapshot;

/**
 * The ownership check every interview route makes: a session of another account answers exactly like one that does
 * not exist (404), so ids cannot be probed.
 */
final class Owned {

    private Owned() {}

    /** The account's session as stored, or a 404. */
    static InterviewSnapshot snapshot(Mocksy mocksy, Account account, String sessionId) {
        try {
            return owned(mocksy.loadSession(sessionId), account);
        } catch (SessionNotFoundException e) {
            throw PlatformException.notFound("interview " + sessionId);
        }
    }

    /** The account's session, attached to go on with it on this node (one read of its journal), or a 404. */
    static InterviewSession session(Mocksy mocksy, Account account, String sessionId) {
        try {
            InterviewSession session = mocksy.session(sessionId);
            owned(session.snapshot(), account);
            return session;
        } catch (SessionNotFoundException e) {
            throw PlatformException.notFound("interview " + sessionId);
        }
    }

    private static InterviewSnapshot owned(InterviewSnapshot snapshot, Account account) {
        if (!account.id().equals(snapshot.candidateId())) {
            throw PlatformException.notFound("interview " + snapshot.sessionId());
        }
        return snapshot;
    }
}
