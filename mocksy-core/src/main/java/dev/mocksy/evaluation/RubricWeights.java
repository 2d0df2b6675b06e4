package dev.mocksy.evaluation;

import dev.mocksy.interview.InterviewType;
import java.util.EnumMap;
import java.util.Map;

/**
 * Turns the heuristic signals into the five rubric scores and the overall score.
 *
 * <p>Every signal is 0-1. Category scores are weighted blends of them, times ten:
 *
 * <pre>
 *                         technical / system design            behavioral
 * technical correctness   .70 coverage .15 relevance .15 spec  .50 coverage .25 relevance .25 STAR
 * problem solving         .45 reasoning .30 coverage .25 spec  .50 own actions .25 reasoning .25 coverage
 * communication           (.55 clarity .45 relevance)          .50 STAR .30 clarity .20 relevance
 * depth and completeness  .45 coverage .35 depth .20 spec      .35 coverage .30 depth .35 spec
 * confidence and clarity  confidence                           confidence
 * </pre>
 *
 * <p>Communication and confidence are scaled by {@code 0.6 + 0.4 x relevance}: fluent text about nothing in
 * particular is not good communication. The overall score weights the categories by question type:
 *
 * <pre>
 *                 correctness  problem solving  communication  depth  confidence
 * technical       .35          .20              .10            .25    .10
 * system design   .30          .25              .10            .25    .10
 * behavioral      .15          .20              .30            .20    .15
 * </pre>
 *
 * <p>Correctness, problem solving and depth are then multiplied by {@code 1 - 0.3 x sweeping}, where sweeping is the
 * {@link SweepingClaims} penalty: unconditional claims ("always", "automatically", "no need to worry") are what a
 * fluent but shallow answer sounds like.
 *
 * <p>Technical answers are judged mostly on what they get right and how far they go; behavioral answers on how the
 * story is told. Without key points (an ad-hoc question), coverage is replaced by {@code .5 relevance + .3
 * specificity + .2 depth}.
 */
final class RubricWeights {

    /** The signals, each 0-1. */
    record Signals(
            double coverage,
            double relevance,
            double specificity,
            double depth,
            double reasoning,
            double clarity,
            double confidence,
            double star,
            double ownActions,
            double sweeping) {}

    private RubricWeights() {}

    static Map<RubricCategory, Double> categories(InterviewType type, Signals s) {
        return categories(type, s, false);
    }

    /**
     * The categories; a {@code narrow} question (one or two key points, like a follow-up that probes one point) is
     * answered well in two or three sentences, so covering its point weighs more than elaborate reasoning.
     */
    static Map<RubricCategory, Double> categories(InterviewType type, Signals s, boolean narrow) {
        Map<RubricCategory, Double> scores = new EnumMap<>(RubricCategory.class);
        double fluencyScale = 0.6 + 0.4 * s.relevance();
        if (type == InterviewType.BEHAVIORAL) {
            scores.put(
                    RubricCategory.TECHNICAL_CORRECTNESS, 0.50 * s.coverage() + 0.25 * s.relevance() + 0.25 * s.star());
            scores.put(
                    RubricCategory.PROBLEM_SOLVING, 0.50 * s.ownActions() + 0.25 * s.reasoning() + 0.25 * s.coverage());
            scores.put(
                    RubricCategory.COMMUNICATION,
                    (0.50 * s.star() + 0.30 * s.clarity() + 0.20 * s.relevance()) * fluencyScale);
            scores.put(
                    RubricCategory.DEPTH_AND_COMPLETENESS,
                    0.35 * s.coverage() + 0.30 * s.depth() + 0.35 * s.specificity());
        } else if (narrow) {
            scores.put(
                    RubricCategory.TECHNICAL_CORRECTNESS,
                    0.80 * s.coverage() + 0.10 * s.relevance() + 0.10 * s.specificity());
            scores.put(
                    RubricCategory.PROBLEM_SOLVING,
                    0.30 * s.reasoning() + 0.50 * s.coverage() + 0.20 * s.specificity());
            scores.put(RubricCategory.COMMUNICATION, (0.55 * s.clarity() + 0.45 * s.relevance()) * fluencyScale);
            scores.put(
                    RubricCategory.DEPTH_AND_COMPLETENESS,
                    0.60 * s.coverage() + 0.25 * s.depth() + 0.15 * s.specificity());
        } else {
            scores.put(
                    RubricCategory.TECHNICAL_CORRECTNESS,
                    0.70 * s.coverage() + 0.15 * s.relevance() + 0.15 * s.specificity());
            scores.put(
                    RubricCategory.PROBLEM_SOLVING,
                    0.45 * s.reasoning() + 0.30 * s.coverage() + 0.25 * s.specificity());
            scores.put(RubricCategory.COMMUNICATION, (0.55 * s.clarity() + 0.45 * s.relevance()) * fluencyScale);
            scores.put(
                    RubricCategory.DEPTH_AND_COMPLETENESS,
                    0.45 * s.coverage() + 0.35 * s.depth() + 0.20 * s.specificity());
        }
        scores.put(RubricCategory.CONFIDENCE_AND_CLARITY, s.confidence() * fluencyScale);
        double caution = 1 - 0.3 * s.sweeping();
        scores.computeIfPresent(RubricCategory.TECHNICAL_CORRECTNESS, (category, score) -> score * caution);
        scores.computeIfPresent(RubricCategory.PROBLEM_SOLVING, (category, score) -> score * caution);
        scores.computeIfPresent(RubricCategory.DEPTH_AND_COMPLETENESS, (category, score) -> score * caution);
        scores.replaceAll((category, score) -> round(10 * clamp(score)));
        return scores;
    }

    /**
     * Lowers the scores of an answer that states {@code wrong} incorrect things: technical correctness most (halved
     * for the first, and again for each more), problem solving and depth less. Confident wrong answers must score
     * below careful right ones.
     */
    static void penaliseIncorrect(Map<RubricCategory, Double> categories, int wrong) {
        double correctness = Math.pow(0.5, wrong);
        double other = Math.pow(0.8, wrong);
        categories.computeIfPresent(RubricCategory.TECHNICAL_CORRECTNESS, (c, score) -> round(score * correctness));
        categories.computeIfPresent(RubricCategory.PROBLEM_SOLVING, (c, score) -> round(score * other));
        categories.computeIfPresent(RubricCategory.DEPTH_AND_COMPLETENESS, (c, score) -> round(score * other));
        categories.computeIfPresent(RubricCategory.CONFIDENCE_AND_CLARITY, (c, score) -> round(score * other));
    }

    static double overall(InterviewType type, Map<RubricCategory, Double> categories) {
        double[] weights =
                switch (type) {
                    case BEHAVIORAL -> new double[] {0.15, 0.20, 0.30, 0.20, 0.15};
                    case SYSTEM_DESIGN -> new double[] {0.30, 0.25, 0.10, 0.25, 0.10};
                    default -> new double[] {0.35, 0.20, 0.10, 0.25, 0.10};
                };
        double overall = 0;
        for (RubricCategory category : RubricCategory.values()) {
            overall += weights[category.ordinal()] * categories.get(category);
        }
        return round(overall);
    }

    static double clamp(double value) {
        return Math.max(0, Math.min(1, value));
    }

    static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
