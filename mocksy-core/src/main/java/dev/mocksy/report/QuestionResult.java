package dev.mocksy.report;

import dev.mocksy.evaluation.Evaluation;
import java.util.Objects;

/**
 * One question in the report.
 *
 * @param questionId the question's id
 * @param question the question as asked
 * @param followUp whether it was a follow-up
 * @param answer the answer, or {@code null} when the interview ended before it was answered
 * @param evaluation its evaluation with evidence, or {@code null} when not answered
 */
public record QuestionResult(
        String questionId, String question, boolean followUp, String answer, Evaluation evaluation) {

    public QuestionResult {
        Objects.requireNonNull(questionId, "questionId");
        Objects.requireNonNull(question, "question");
    }
}
