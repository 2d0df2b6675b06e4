package dev.mocksy.evaluation;

/**
 * Scores one answer on the rubric, with evidence.
 *
 * <p>Honesty is the contract: a non-answer (empty, "I don't know", the question echoed back, gibberish, an
 * instruction to the grader) scores at most 2/10 overall and carries {@link AnswerFlag#NON_ANSWER}. Implementations
 * must be safe to call from several sessions at once.
 */
public interface AnswerEvaluator {

    /** Evaluates the answer; never throws for odd content, only for a provider failure. */
    Evaluation evaluate(EvaluationRequest request);
}
