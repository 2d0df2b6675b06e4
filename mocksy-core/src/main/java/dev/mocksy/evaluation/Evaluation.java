package dev.mocksy.evaluation;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The verdict on one answer: scores with the evidence behind them.
 *
 * @param overall the overall score, 0-10
 * @param categories a 0-10 score per rubric category
 * @param covered the key points the answer covered
 * @param missed the key points it missed
 * @param evidence quotes from the answer that back the scores
 * @param suggestion one concrete way to improve the answer
 * @param flags what else the candidate should know (non-answer, timed out...)
 * @param method how it was evaluated, e.g. {@code "heuristic"} or {@code "llm:openai/gpt-4.1-mini"}
 * @param modelAnswer the outline of a strong answer to show beside the candidate's, one line per step: the
 *     language model's, or the question's own; empty when none is known
 */
public record Evaluation(
        double overall,
        Map<RubricCategory, Double> categories,
        List<String> covered,
        List<String> missed,
        List<Evidence> evidence,
        String suggestion,
        Set<AnswerFlag> flags,
        String method,
        List<String> modelAnswer) {

    public Evaluation {
        overall = requireScore(overall, "overall");
        Objects.requireNonNull(categories, "categories");
        EnumMap<RubricCategory, Double> copy = new EnumMap<>(RubricCategory.class);
        categories.forEach((category, score) -> copy.put(category, requireScore(score, category.displayName())));
        categories = Collections.unmodifiableMap(copy);
        covered = List.copyOf(covered == null ? List.of() : covered);
        missed = List.copyOf(missed == null ? List.of() : missed);
        evidence = List.copyOf(evidence == null ? List.of() : evidence);
        suggestion = suggestion == null ? "" : suggestion;
        flags = Set.copyOf(flags == null ? Set.of() : flags);
        if (method == null || method.isBlank()) {
            throw new IllegalArgumentException("method must not be blank");
        }
        modelAnswer = List.copyOf(modelAnswer == null ? List.of() : modelAnswer);
    }

    /** The same evaluation with another model answer. */
    public Evaluation withModelAnswer(List<String> outline) {
        return new Evaluation(overall, categories, covered, missed, evidence, suggestion, flags, method, outline);
    }

    /** Whether the answer tried to instruct the grader; such an answer is capped at 2/10. */
    public boolean graderInstruction() {
        return flags.contains(AnswerFlag.GRADER_INSTRUCTION);
    }

    /** Whether the candidate asked for the question to be repeated or rephrased instead of answering. */
    public boolean clarificationRequest() {
        return flags.contains(AnswerFlag.CLARIFICATION_REQUEST);
    }

    /** The evidence quoting incorrect claims, each noted "incorrect: ... (correct: ...)". */
    public List<Evidence> incorrectClaims() {
        return evidence.stream()
                .filter(e -> e.note().startsWith(Evidence.INCORRECT))
                .toList();
    }

    /** The evaluation of a skipped question: zero everywhere, flagged, nothing to quote. */
    public static Evaluation skipped(List<String> missed) {
        EnumMap<RubricCategory, Double> zeros = new EnumMap<>(RubricCategory.class);
        for (RubricCategory category : RubricCategory.values()) {
            zeros.put(category, 0.0);
        }
        return new Evaluation(
                0,
                zeros,
                List.of(),
                missed,
                List.of(),
                "Skipped. Even a partial answer that says how you would start earns credit.",
                Set.of(AnswerFlag.SKIPPED, AnswerFlag.NON_ANSWER),
                "rule",
                List.of());
    }

    /** This evaluation with another {@link #method()}, e.g. marked as the offline fallback of a language model. */
    public Evaluation withMethod(String newMethod) {
        return new Evaluation(
                overall, categories, covered, missed, evidence, suggestion, flags, newMethod, modelAnswer);
    }

    /** Whether this was not an answer at all (empty, "I don't know", an instruction to the grader...). */
    public boolean nonAnswer() {
        return flags.contains(AnswerFlag.NON_ANSWER);
    }

    /** The score of one category, 0 when the evaluator did not score it. */
    public double score(RubricCategory category) {
        return categories.getOrDefault(category, 0.0);
    }

    private static double requireScore(double score, String name) {
        if (Double.isNaN(score) || score < 0 || score > 10) {
            throw new IllegalArgumentException(name + " must be between 0 and 10, got " + score);
        }
        return Math.round(score * 10) / 10.0;
    }

    /** A builder for {@link Evaluation}; every field is checked when {@link Builder#build()} runs. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this value's fields, to change some of them. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Builds a {@link Evaluation}. */
    public static final class Builder {
        private double overall;
        private Map<RubricCategory, Double> categories = Map.of();
        private List<String> covered = List.of();
        private List<String> missed = List.of();
        private List<Evidence> evidence = List.of();
        private String suggestion;
        private Set<AnswerFlag> flags = Set.of();
        private String method;
        private List<String> modelAnswer = List.of();

        private Builder() {}

        private Builder(Evaluation source) {
            overall = source.overall;
            categories = source.categories;
            covered = source.covered;
            missed = source.missed;
            evidence = source.evidence;
            suggestion = source.suggestion;
            flags = source.flags;
            method = source.method;
            modelAnswer = source.modelAnswer;
        }

        public Builder overall(double overall) {
            this.overall = overall;
            return this;
        }

        public Builder categories(Map<RubricCategory, Double> categories) {
            this.categories = categories;
            return this;
        }

        public Builder covered(List<String> covered) {
            this.covered = covered;
            return this;
        }

        public Builder missed(List<String> missed) {
            this.missed = missed;
            return this;
        }

        public Builder evidence(List<Evidence> evidence) {
            this.evidence = evidence;
            return this;
        }

        public Builder suggestion(String suggestion) {
            this.suggestion = suggestion;
            return this;
        }

        public Builder flags(Set<AnswerFlag> flags) {
            this.flags = flags;
            return this;
        }

        public Builder method(String method) {
            this.method = method;
            return this;
        }

        public Builder modelAnswer(List<String> modelAnswer) {
            this.modelAnswer = modelAnswer;
            return this;
        }

        /**
         * Builds the value.
         *
         * @throws IllegalArgumentException or {@link NullPointerException} naming the field that is missing or
         *     out of range
         */
        public Evaluation build() {
            return new Evaluation(
                    overall, categories, covered, missed, evidence, suggestion, flags, method, modelAnswer);
        }
    }
}
