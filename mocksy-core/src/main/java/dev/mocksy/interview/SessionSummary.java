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

    /** A builder for {@link SessionSummary}; every field is checked when {@link Builder#build()} runs. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this value's fields, to change some of them. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Builds a {@link SessionSummary}. */
    public static final class Builder {
        private String id;
        private InterviewState state;
        private InterviewPlan plan;
        private Instant createdAt;
        private Instant lastEventAt;
        private int questionsAsked;
        private Integer overall;
        private String candidateId;

        private Builder() {}

        private Builder(SessionSummary source) {
            id = source.id;
            state = source.state;
            plan = source.plan;
            createdAt = source.createdAt;
            lastEventAt = source.lastEventAt;
            questionsAsked = source.questionsAsked;
            overall = source.overall;
            candidateId = source.candidateId;
        }

        public Builder id(String id) {
            this.id = id;
            return this;
        }

        public Builder state(InterviewState state) {
            this.state = state;
            return this;
        }

        public Builder plan(InterviewPlan plan) {
            this.plan = plan;
            return this;
        }

        public Builder createdAt(Instant createdAt) {
            this.createdAt = createdAt;
            return this;
        }

        public Builder lastEventAt(Instant lastEventAt) {
            this.lastEventAt = lastEventAt;
            return this;
        }

        public Builder questionsAsked(int questionsAsked) {
            this.questionsAsked = questionsAsked;
            return this;
        }

        public Builder overall(Integer overall) {
            this.overall = overall;
            return this;
        }

        public Builder candidateId(String candidateId) {
            this.candidateId = candidateId;
            return this;
        }

        /**
         * Builds the value.
         *
         * @throws IllegalArgumentException or {@link NullPointerException} naming the field that is missing or
         *     out of range
         */
        public SessionSummary build() {
            return new SessionSummary(id, state, plan, createdAt, lastEventAt, questionsAsked, overall, candidateId);
        }
    }
}
