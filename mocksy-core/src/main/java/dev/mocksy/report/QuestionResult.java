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

    /** A question whose answer, if any, was typed. */
    public QuestionResult(String questionId, String question, boolean followUp, String answer, Evaluation evaluation) {
        this(questionId, question, followUp, answer, evaluation, null);
    }
}
