package dev.mocksy.report;

import dev.mocksy.evaluation.RubricCategory;
import dev.mocksy.interview.InterviewPlan;
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
        String endReason) {

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

    /** A report without a recorded end reason. */
    public InterviewReport(
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
            Instant generatedAt) {
        this(
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
                null);
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
}
