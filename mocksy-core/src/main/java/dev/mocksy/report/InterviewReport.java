package dev.mocksy.report;

import dev.mocksy.evaluation.RubricCategory;
import dev.mocksy.interview.InterviewPlan;
import dev.mocksy.vision.VisionReport;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The end-of-interview report.
 *
 * @param sessionId the session it reports on
 * @param plan the plan the interview followed
 * @param overall the overall score, 0-100
 * @param categories the average score per rubric category, 0-10
 * @param questions every question asked, in order, with its evaluation
 * @param strengths what went well, each backed by the answers
 * @param improvements what to work on
 * @param actionItems 3-5 concrete next steps
 * @param confidence how sure the evaluation is, 1-10 (low when few or short answers were given)
 * @param assessment a closing paragraph
 * @param heuristicParts which parts were produced by heuristics rather than a language model; empty when none
 * @param endedEarly whether the candidate ended the interview before the plan was done
 * @param generatedAt when the report was made
 * @param endReason why the interview ended, as the session recorded it, or {@code null} when unknown
 * @param vision what the camera saw, overall and per answer, or {@code null} when no frame was observed
 */
public record InterviewReport(
        String sessionId,
        InterviewPlan plan,
        int overall,
        Map<RubricCategory, Double> categories,
        List<QuestionResult> questions,
        List<String> strengths,
        List<String> improvements,
        List<String> actionItems,
        int confidence,
        String assessment,
        List<String> heuristicParts,
        boolean endedEarly,
        Instant generatedAt,
        String endReason,
        VisionReport vision) {

    public InterviewReport {
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(plan, "plan");
        if (overall < 0 || overall > 100) {
            throw new IllegalArgumentException("overall must be between 0 and 100, got " + overall);
        }
        if (confidence < 1 || confidence > 10) {
            throw new IllegalArgumentException("confidence must be between 1 and 10, got " + confidence);
        }
        categories = copyCategories(categories);
        questions = List.copyOf(questions);
        strengths = List.copyOf(strengths);
        improvements = List.copyOf(improvements);
        actionItems = List.copyOf(actionItems);
        assessment = Objects.requireNonNullElse(assessment, "");
        heuristicParts = List.copyOf(heuristicParts);
        Objects.requireNonNull(generatedAt, "generatedAt");
    }

    // In rubric order, so JSON and Markdown list the categories the same way every time; an empty map is allowed
    // (nothing was answered), which new EnumMap<>(Map) would reject.
    private static Map<RubricCategory, Double> copyCategories(Map<RubricCategory, Double> categories) {
        Objects.requireNonNull(categories, "categories");
        EnumMap<RubricCategory, Double> copy = new EnumMap<>(RubricCategory.class);
        categories.forEach((category, score) -> {
            Objects.requireNonNull(category, "category");
            if (score == null || score.isNaN() || score < 0 || score > 10) {
                throw new IllegalArgumentException(category.displayName() + " must be between 0 and 10, got " + score);
            }
            copy.put(category, score);
        });
        return Collections.unmodifiableMap(copy);
    }

    /** A builder for {@link InterviewReport}; every field is checked when {@link Builder#build()} runs. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this value's fields, to change some of them. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Builds a {@link InterviewReport}. */
    public static final class Builder {
        private String sessionId;
        private InterviewPlan plan;
        private int overall;
        private Map<RubricCategory, Double> categories = Map.of();
        private List<QuestionResult> questions = List.of();
        private List<String> strengths = List.of();
        private List<String> improvements = List.of();
        private List<String> actionItems = List.of();
        private int confidence;
        private String assessment;
        private List<String> heuristicParts = List.of();
        private boolean endedEarly;
        private Instant generatedAt;
        private String endReason;
        private VisionReport vision;

        private Builder() {}

        private Builder(InterviewReport from) {
            sessionId = from.sessionId;
            plan = from.plan;
            overall = from.overall;
            categories = from.categories;
            questions = from.questions;
            strengths = from.strengths;
            improvements = from.improvements;
            actionItems = from.actionItems;
            confidence = from.confidence;
            assessment = from.assessment;
            heuristicParts = from.heuristicParts;
            endedEarly = from.endedEarly;
            generatedAt = from.generatedAt;
            endReason = from.endReason;
            vision = from.vision;
        }

        public Builder sessionId(String sessionId) {
            this.sessionId = sessionId;
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

        public Builder questions(List<QuestionResult> questions) {
            this.questions = questions;
            return this;
        }

        public Builder strengths(List<String> strengths) {
            this.strengths = strengths;
            return this;
        }

        public Builder improvements(List<String> improvements) {
            this.improvements = improvements;
            return this;
        }

        public Builder actionItems(List<String> actionItems) {
            this.actionItems = actionItems;
            return this;
        }

        public Builder confidence(int confidence) {
            this.confidence = confidence;
            return this;
        }

        public Builder assessment(String assessment) {
            this.assessment = assessment;
            return this;
        }

        public Builder heuristicParts(List<String> heuristicParts) {
            this.heuristicParts = heuristicParts;
            return this;
        }

        public Builder endedEarly(boolean endedEarly) {
            this.endedEarly = endedEarly;
            return this;
        }

        public Builder generatedAt(Instant generatedAt) {
            this.generatedAt = generatedAt;
            return this;
        }

        public Builder endReason(String endReason) {
            this.endReason = endReason;
            return this;
        }

        public Builder vision(VisionReport vision) {
            this.vision = vision;
            return this;
        }

        /**
         * Builds the value.
         *
         * @throws IllegalArgumentException or {@link NullPointerException} naming the field that is missing or
         *     out of range
         */
        public InterviewReport build() {
            return new InterviewReport(
                    sessionId,
                    plan,
                    overall,
                    categories,
                    questions,
                    strengths,
                    improvements,
                    actionItems,
                    confidence,
                    assessment,
                    heuristicParts,
                    endedEarly,
                    generatedAt,
                    endReason,
                    vision);
        }
    }
}
