package dev.mocksy.report;

import dev.mocksy.evaluation.Evaluation;
import dev.mocksy.speech.DeliveryMetrics;
import java.util.Objects;

/**
 * One question in the report.
 *
 * @param questionId the question's id
 * @param question the question as asked
 * @param followUp whether it was a follow-up
 * @param answer the answer, or {@code null} when the interview ended before it was answered
 * @param evaluation its evaluation with evidence, or {@code null} when not answered
 * @param delivery how a spoken answer was delivered, or {@code null} when it was typed or not answered
 */
public record QuestionResult(
        String questionId,
        String question,
        boolean followUp,
        String answer,
        Evaluation evaluation,
        DeliveryMetrics delivery) {

    public QuestionResult {
        Objects.requireNonNull(questionId, "questionId");
        Objects.requireNonNull(question, "question");
    }

    /** A builder for {@link QuestionResult}; every field is checked when {@link Builder#build()} runs. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this value's fields, to change some of them. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Builds a {@link QuestionResult}. */
    public static final class Builder {
        private String questionId;
        private String question;
        private boolean followUp;
        private String answer;
        private Evaluation evaluation;
        private DeliveryMetrics delivery;

        private Builder() {}

        private Builder(QuestionResult source) {
            questionId = source.questionId;
            question = source.question;
            followUp = source.followUp;
            answer = source.answer;
            evaluation = source.evaluation;
            delivery = source.delivery;
        }

        public Builder questionId(String questionId) {
            this.questionId = questionId;
            return this;
        }

        public Builder question(String question) {
            this.question = question;
            return this;
        }

        public Builder followUp(boolean followUp) {
            this.followUp = followUp;
            return this;
        }

        public Builder answer(String answer) {
            this.answer = answer;
            return this;
        }

        public Builder evaluation(Evaluation evaluation) {
            this.evaluation = evaluation;
            return this;
        }

        public Builder delivery(DeliveryMetrics delivery) {
            this.delivery = delivery;
            return this;
        }

        /**
         * Builds the value.
         *
         * @throws IllegalArgumentException or {@link NullPointerException} naming the field that is missing or
         *     out of range
         */
        public QuestionResult build() {
            return new QuestionResult(questionId, question, followUp, answer, evaluation, delivery);
        }
    }
}
