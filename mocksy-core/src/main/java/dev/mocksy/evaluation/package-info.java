/**
 * Scoring answers on a rubric with evidence: the {@link dev.mocksy.evaluation.AnswerEvaluator} SPI, the
 * {@link dev.mocksy.evaluation.Evaluation} value and the offline heuristic evaluator.
 */
package dev.mocksy.evaluation;
