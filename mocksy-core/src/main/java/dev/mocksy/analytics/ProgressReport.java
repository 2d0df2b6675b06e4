package dev.mocksy.analytics;

import dev.mocksy.interview.InterviewPlan;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A candidate's progress over their sessions, every figure traceable to the answers behind it.
 *
 * @param candidateId whose progress
 * @param sessions the scores of each session with at least one evaluated answer, oldest first
 * @param overallTrend the overall score (0-100) per session, oldest first
 * @param categoryTrends each rubric category's score per session
 * @param retakes each session that repeated an earlier plan, against the attempt before it
 * @param weakTopics topics scoring under {@link ProgressAnalyzer#WEAK_BELOW}/10, recurring ones first, then weakest
 * @param recommendedPlan the interview to take next, aimed at the weakest topics
 * @param recommendation why that plan, in one sentence
 * @param studyPlan what to read or practise, in order
 * @param repeatedQuestions questions answered in more than one session, side by side
 */
public record ProgressReport(
        String candidateId,
        List<SessionScore> sessions,
        List<TrendPoint> overallTrend,
        List<CategoryTrend> categoryTrends,
        List<Retake> retakes,
        List<WeakTopic> weakTopics,
        InterviewPlan recommendedPlan,
        String recommendation,
        List<StudyStep> studyPlan,
        List<RepeatedQuestion> repeatedQuestions) {

    public ProgressReport {
        Objects.requireNonNull(candidateId, "candidateId");
        sessions = List.copyOf(sessions);
        overallTrend = List.copyOf(overallTrend);
        categoryTrends = List.copyOf(categoryTrends);
        retakes = List.copyOf(retakes);
        weakTopics = List.copyOf(weakTopics);
        Objects.requireNonNull(recommendedPlan, "recommendedPlan");
        Objects.requireNonNull(recommendation, "recommendation");
        studyPlan = List.copyOf(studyPlan);
        repeatedQuestions = List.copyOf(repeatedQuestions);
    }

    /** The latest session's retake comparison, when the latest session repeated an earlier plan. */
    public Optional<Retake> latestRetake() {
        if (sessions.isEmpty() || retakes.isEmpty()) {
            return Optional.empty();
        }
        Retake last = retakes.get(retakes.size() - 1);
        return last.sessionId().equals(sessions.get(sessions.size() - 1).sessionId())
                ? Optional.of(last)
                : Optional.empty();
    }

    /** A builder for {@link ProgressReport}; every field is checked when {@link Builder#build()} runs. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this value's fields, to change some of them. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Builds a {@link ProgressReport}. */
    public static final class Builder {
        private String candidateId;
        private List<SessionScore> sessions = List.of();
        private List<TrendPoint> overallTrend = List.of();
        private List<CategoryTrend> categoryTrends = List.of();
        private List<Retake> retakes = List.of();
        private List<WeakTopic> weakTopics = List.of();
        private InterviewPlan recommendedPlan;
        private String recommendation;
        private List<StudyStep> studyPlan = List.of();
        private List<RepeatedQuestion> repeatedQuestions = List.of();

        private Builder() {}

        private Builder(ProgressReport source) {
            candidateId = source.candidateId;
            sessions = source.sessions;
            overallTrend = source.overallTrend;
            categoryTrends = source.categoryTrends;
            retakes = source.retakes;
            weakTopics = source.weakTopics;
            recommendedPlan = source.recommendedPlan;
            recommendation = source.recommendation;
            studyPlan = source.studyPlan;
            repeatedQuestions = source.repeatedQuestions;
        }

        public Builder candidateId(String candidateId) {
            this.candidateId = candidateId;
            return this;
        }

        public Builder sessions(List<SessionScore> sessions) {
            this.sessions = sessions;
            return this;
        }

        public Builder overallTrend(List<TrendPoint> overallTrend) {
            this.overallTrend = overallTrend;
            return this;
        }

        public Builder categoryTrends(List<CategoryTrend> categoryTrends) {
            this.categoryTrends = categoryTrends;
            return this;
        }

        public Builder retakes(List<Retake> retakes) {
            this.retakes = retakes;
            return this;
        }

        public Builder weakTopics(List<WeakTopic> weakTopics) {
            this.weakTopics = weakTopics;
            return this;
        }

        public Builder recommendedPlan(InterviewPlan recommendedPlan) {
            this.recommendedPlan = recommendedPlan;
            return this;
        }

        public Builder recommendation(String recommendation) {
            this.recommendation = recommendation;
            return this;
        }

        public Builder studyPlan(List<StudyStep> studyPlan) {
            this.studyPlan = studyPlan;
            return this;
        }

        public Builder repeatedQuestions(List<RepeatedQuestion> repeatedQuestions) {
            this.repeatedQuestions = repeatedQuestions;
            return this;
        }

        /**
         * Builds the value.
         *
         * @throws IllegalArgumentException or {@link NullPointerException} naming the field that is missing or
         *     out of range
         */
        public ProgressReport build() {
            return new ProgressReport(
                    candidateId,
                    sessions,
                    overallTrend,
                    categoryTrends,
                    retakes,
                    weakTopics,
                    recommendedPlan,
                    recommendation,
                    studyPlan,
                    repeatedQuestions);
        }
    }
}
