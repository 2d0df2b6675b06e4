package dev.mocksy.interview;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One stored session at a glance, for lists of sessions.
 *
 * @param id the session id
 * @param state where it stands
 * @param plan what was planned
 * @param createdAt when it was created
 * @param lastEventAt when it last changed
 * @param questionsAsked how many main questions were asked
 * @param overall the report's overall score out of 100, or {@code null} while it has no report
 * @param candidateId whose session it is
 */
public record SessionSummary(
        String id,
        InterviewState state,
        InterviewPlan plan,
        Instant createdAt,
        Instant lastEventAt,
        int questionsAsked,
        Integer overall,
        String candidateId) {

    public SessionSummary {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(plan, "plan");
        candidateId = candidateId == null ? Candidate.LOCAL : candidateId;
    }

    /** A summary of a session of the local candidate. */
    public SessionSummary(
            String id,
            InterviewState state,
            InterviewPlan plan,
            Instant createdAt,
            Instant lastEventAt,
            int questionsAsked,
            Integer overall) {
        this(id, state, plan, createdAt, lastEventAt, questionsAsked, overall, Candidate.LOCAL);
    }

    /** The summary of a replayed session. */
    public static SessionSummary of(InterviewSnapshot snapshot) {
        return new SessionSummary(
                snapshot.sessionId(),
                snapshot.state(),
                snapshot.plan(),
                snapshot.createdAt(),
                snapshot.lastEventAt(),
                snapshot.mainQuestionsAsked(),
                snapshot.report().map(report -> report.overall()).orElse(null),
                snapshot.candidateId());
    }

    /** The overall score, once the session has its report. */
    public Optional<Integer> overallScore() {
        return Optional.ofNullable(overall);
    }

    /** Whether the session can be continued: unfinished, or finished without its report yet. */
    public boolean continuable() {
        return !state.isTerminal() || overall == null;
    }
}
