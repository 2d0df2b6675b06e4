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
        InterviewSnapshot snapshot;
        try {
            snapshot = mocksy.loadSession(sessionId);
        } catch (SessionNotFoundException e) {
            throw PlatformException.notFound("interview " + sessionId);
        }
        if (!account.id().equals(snapshot.candidateId())) {
            throw PlatformException.notFound("interview " + sessionId);
        }
        return snapshot;
    }

    /** The account's session, attached to go on with it on this node, or a 404. */
    static InterviewSession session(Mocksy mocksy, Account account, String sessionId) {
        snapshot(mocksy, account, sessionId);
        return mocksy.session(sessionId);
    }
}
