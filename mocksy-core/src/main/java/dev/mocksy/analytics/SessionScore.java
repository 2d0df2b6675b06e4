package dev.mocksy.analytics;

import dev.mocksy.evaluation.Evaluation;
import dev.mocksy.evaluation.RubricCategory;
import dev.mocksy.interview.InterviewPlan;
import dev.mocksy.interview.InterviewSnapshot;
import dev.mocksy.interview.Turn;
import dev.mocksy.report.InterviewReport;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How one session scored: the report's scores when it has one, else the same weighted means over the answers
 * evaluated so far (a main question weighs 1, a follow-up 0.5), so an unfinished session counts for what was
 * answered.
 *
 * @param sessionId the session
 * @param createdAt when it started
 * @param plan what was planned
 * @param overall 0-100
 * @param categories 0-10 per rubric category scored
 * @param evaluatedAnswers how many answers the scores rest on
 * @param fromReport whether the scores are the report's
 */
public record SessionScore(
        String sessionId,
        Instant createdAt,
        InterviewPlan plan,
        int overall,
        Map<RubricCategory, Double> categories,
        int evaluatedAnswers,
        boolean fromReport) {

    public SessionScore {
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(plan, "plan");
        EnumMap<RubricCategory, Double> copy = new EnumMap<>(RubricCategory.class);
        copy.putAll(categories);
        categories = Collections.unmodifiableMap(copy);
    }

    /** The scores of a session; empty when no answer has been evaluated. */
    public static Optional<SessionScore> of(InterviewSnapshot session) {
        int evaluated = (int) session.turns().stream().filter(Turn::isEvaluated).count();
        if (evaluated == 0) {
            return Optional.empty();
        }
        Optional<InterviewReport> report = session.report();
        if (report.isPresent()) {
            return Optional.of(new SessionScore(
                    session.sessionId(),
                    session.createdAt(),
                    session.plan(),
                    report.get().overall(),
                    report.get().categories(),
                    evaluated,
                    true));
        }
        double weights = 0;
        double overall = 0;
        Map<RubricCategory, double[]> sums = new EnumMap<>(RubricCategory.class);
        for (Turn turn : session.turns()) {
            if (!turn.isEvaluated()) {
                continue;
            }
            double weight = turn.isFollowUp() ? 0.5 : 1;
            Evaluation evaluation = turn.evaluation();
            weights += weight;
            overall += weight * evaluation.overall();
            evaluation.categories().forEach((category, score) -> {
                double[] sum = sums.computeIfAbsent(category, c -> new double[2]);
                sum[0] += weight * score;
                sum[1] += weight;
            });
        }
        Map<RubricCategory, Double> categories = new EnumMap<>(RubricCategory.class);
        sums.forEach((category, sum) -> categories.put(category, round(sum[0] / sum[1])));
        return Optional.of(new SessionScore(
                session.sessionId(),
                session.createdAt(),
                session.plan(),
                (int) Math.round(10 * overall / weights),
                categories,
                evaluated,
                false));
    }

    static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    /** A builder for {@link SessionScore}; every field is checked when {@link Builder#build()} runs. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this value's fields, to change some of them. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Builds a {@link SessionScore}. */
    public static final class Builder {
        private String sessionId;
        private Instant createdAt;
        private InterviewPlan plan;
        private int overall;
        private Map<RubricCategory, Double> categories = Map.of();
        private int evaluatedAnswers;
        private boolean fromReport;

        private Builder() {}

        private Builder(SessionScore source) {
            sessionId = source.sessionId;
            createdAt = source.createdAt;
            plan = source.plan;
            overall = source.overall;
            categories = source.categories;
            evaluatedAnswers = source.evaluatedAnswers;
            fromReport = source.fromReport;
        }

        public Builder sessionId(String sessionId) {
            this.sessionId = sessionId;
            return this;
        }

        public Builder createdAt(Instant createdAt) {
            this.createdAt = createdAt;
            return this;
        }

        public Builder plan(InterviewPlan plan) {
            this.plan = plan;
            return this;
        }

        public Builder overall(int overall) {
            this.overall = overall;
            return this;
        }

        public Builder categories(Map<RubricCategory, Double> categories) {
            this.categories = categories;
            return this;
        }

        public Builder evaluatedAnswers(int evaluatedAnswers) {
            this.evaluatedAnswers = evaluatedAnswers;
            return this;
        }

        public Builder fromReport(boolean fromReport) {
            this.fromReport = fromReport;
            return this;
        }

        /**
         * Builds the value.
         *
         * @throws IllegalArgumentException or {@link NullPointerException} naming the field that is missing or
         *     out of range
         */
        public SessionScore build() {
            return new SessionScore(sessionId, createdAt, plan, overall, categories, evaluatedAnswers, fromReport);
        }
    }
}
