package dev.mocksy.evaluation;

/**
 * Scores one answer on the rubric, with evidence.
 *
 * <p>Honesty is the contract: a non-answer (empty, "I don't know", the question echoed back, gibberish, a generic
 * paragraph, a keyword list) scores at most 2/10 overall and carries {@link AnswerFlag#NON_ANSWER}; an instruction to
 * the grader scores at most 2/10 and carries {@link AnswerFlag#GRADER_INSTRUCTION}; a request to repeat the question
 * carries {@link AnswerFlag#CLARIFICATION_REQUEST} and is not graded. Implementations must be safe to call from
 * several sessions at once.
 */
public interface AnswerEvaluator {

    /** Evaluates the answer; never throws for odd content, only for a provider failure. */
    Evaluation evaluate(EvaluationRequest request);
}
