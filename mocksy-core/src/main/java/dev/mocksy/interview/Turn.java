package dev.mocksy.interview;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.mocksy.evaluation.Evaluation;
import dev.mocksy.question.Question;
import java.util.Objects;

/**
 * One question in an interview and what became of it.
 *
 * @param question the question asked
 * @param parentQuestionId the main question's id when this is a follow-up, else {@code null}
 * @param followUpReason why the follow-up was asked, else {@code null}
 * @param answer the answer, or {@code null} while the candidate has not answered
 * @param evaluation the evaluation, or {@code null} until evaluated
 */
public record Turn(
        Question question, String parentQuestionId, String followUpReason, Answer answer, Evaluation evaluation) {

    public Turn {
        Objects.requireNonNull(question, "question");
    }

    /** Whether this turn is a follow-up on a main question. */
    @JsonIgnore
    public boolean isFollowUp() {
        return parentQuestionId != null;
    }

    /** Whether the turn has been answered and evaluated. */
    @JsonIgnore
    public boolean isEvaluated() {
        return evaluation != null;
    }

    Turn withAnswer(Answer answer) {
        return new Turn(question, parentQuestionId, followUpReason, answer, evaluation);
    }

    Turn withEvaluation(Evaluation evaluation) {
        return new Turn(question, parentQuestionId, followUpReason, answer, evaluation);
    }

    /** A builder for {@link Turn}; every field is checked when {@link Builder#build()} runs. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this value's fields, to change some of them. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Builds a {@link Turn}. */
    public static final class Builder {
        private Question question;
        private String parentQuestionId;
        private String followUpReason;
        private Answer answer;
        private Evaluation evaluation;

        private Builder() {}

        private Builder(Turn source) {
            question = source.question;
            parentQuestionId = source.parentQuestionId;
            followUpReason = source.followUpReason;
            answer = source.answer;
            evaluation = source.evaluation;
        }

        public Builder question(Question question) {
            this.question = question;
            return this;
        }

        public Builder parentQuestionId(String parentQuestionId) {
            this.parentQuestionId = parentQuestionId;
            return this;
        }

        public Builder followUpReason(String followUpReason) {
            this.followUpReason = followUpReason;
            return this;
        }

        public Builder answer(Answer answer) {
            this.answer = answer;
            return this;
        }

        public Builder evaluation(Evaluation evaluation) {
            this.evaluation = evaluation;
            return this;
        }

        /**
         * Builds the value.
         *
         * @throws IllegalArgumentException or {@link NullPointerException} naming the field that is missing or
         *     out of range
         */
        public Turn build() {
            return new Turn(question, parentQuestionId, followUpReason, answer, evaluation);
        }
    }
}
