package dev.mocksy.llm.interviewer;

import dev.mocksy.evaluation.Evaluation;
import java.util.List;
import java.util.Objects;

/**
 * An evaluation with the language model's outline of a strong answer.
 *
 * @param evaluation the evaluation, as any {@link dev.mocksy.evaluation.AnswerEvaluator} returns it
 * @param modelAnswer the outline of a strong answer, one line per step; the question's own outline when the offline
 *     evaluator answered
 */
public record LlmEvaluation(Evaluation evaluation, List<String> modelAnswer) {

    public LlmEvaluation {
        Objects.requireNonNull(evaluation, "evaluation");
        modelAnswer = List.copyOf(modelAnswer == null ? List.of() : modelAnswer);
    }
}
