package dev.mocksy.store;

import dev.mocksy.interview.Candidate;
import dev.mocksy.interview.InterviewPlan;
import dev.mocksy.interview.InterviewType;
import dev.mocksy.interview.Role;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * Which of a candidate's sessions to list: any of role, type, technology and a time range, all optional.
 *
 * <pre>{@code
 * HistoryQuery query = HistoryQuery.of(candidateId).toBuilder()
 *         .role(Role.BACKEND).technology("kafka").from(Instant.parse("2026-01-01T00:00:00Z")).build();
 * }</pre>
 *
 * @param candidateId whose sessions
 * @param role only sessions planned for this role, or {@code null} for any
 * @param type only sessions of this interview type, or {@code null} for any
 * @param technology only sessions whose plan names this technology (ignoring case), or {@code null} for any
 * @param from only sessions created at or after this time, or {@code null}
 * @param to only sessions created before this time, or {@code null}
 */
public record HistoryQuery(
        String candidateId, Role role, InterviewType type, String technology, Instant from, Instant to) {

    public HistoryQuery {
        Candidate.requireValid(candidateId);
        technology = technology == null || technology.isBlank() ? null : technology.strip();
        if (from != null && to != null && !from.isBefore(to)) {
            throw new IllegalArgumentException(
                    "the history range must end after it starts: from " + from + ", to " + to);
        }
    }

    /** Every session of the candidate. */
    public static HistoryQuery of(String candidateId) {
        return new HistoryQuery(candidateId, null, null, null, null, null);
    }

    public static Builder builder(String candidateId) {
        return new Builder(candidateId);
    }

    public Builder toBuilder() {
        Builder b = new Builder(candidateId);
        b.role = role;
        b.type = type;
        b.technology = technology;
        b.from = from;
        b.to = to;
        return b;
    }

    /** Whether a session of this candidate, plan and creation time is one the query asks for. */
    public boolean matches(String sessionCandidate, InterviewPlan plan, Instant createdAt) {
        return candidateId.equals(sessionCandidate)
                && (role == null || plan.role() == role)
                && (type == null || plan.type() == type)
                && (technology == null || plan.technologies().stream().anyMatch(t -> t.equalsIgnoreCase(technology)))
                && (from == null || !createdAt.isBefore(from))
                && (to == null || createdAt.isBefore(to));
    }

    /** The technology in the form stores index it: lower case. */
    public String technologyKey() {
        return technology == null ? null : technology.toLowerCase(Locale.ROOT);
    }

    /** Builds a {@link HistoryQuery}. */
    public static final class Builder {
        private final String candidateId;
        private Role role;
        private InterviewType type;
        private String technology;
        private Instant from;
        private Instant to;

        private Builder(String candidateId) {
            this.candidateId = Objects.requireNonNull(candidateId, "candidateId");
        }

        public Builder role(Role role) {
            this.role = role;
            return this;
        }

        public Builder type(InterviewType type) {
            this.type = type;
            return this;
        }

        public Builder technology(String technology) {
            this.technology = technology;
            return this;
        }

        public Builder from(Instant from) {
            this.from = from;
            return this;
        }

        public Builder to(Instant to) {
            this.to = to;
            return this;
        }

        /** @throws IllegalArgumentException when the candidate id is invalid or the range ends before it starts */
        public HistoryQuery build() {
            return new HistoryQuery(candidateId, role, type, technology, from, to);
        }
    }
}
