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
}
