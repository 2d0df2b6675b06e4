package dev.mocksy.interview;

import java.util.List;
import java.util.Optional;

/**
 * Every stored session: the readable ones, oldest first, and the damaged ones, so that one bad journal never hides
 * the others.
 *
 * @param sessions the sessions that could be read
 * @param damaged the sessions whose journals could not be read, each with its reason
 */
public record SessionListing(List<SessionSummary> sessions, List<DamagedSession> damaged) {

    public SessionListing {
        sessions = List.copyOf(sessions);
        damaged = List.copyOf(damaged);
    }

    /** The most recent session that can be continued: unfinished, or finished without its report. */
    public Optional<SessionSummary> latestContinuable() {
        for (int i = sessions.size() - 1; i >= 0; i--) {
            if (sessions.get(i).continuable()) {
                return Optional.of(sessions.get(i));
            }
        }
        return Optional.empty();
    }

    /** Whether the store holds no session at all. */
    public boolean isEmpty() {
        return sessions.isEmpty() && damaged.isEmpty();
    }
}
