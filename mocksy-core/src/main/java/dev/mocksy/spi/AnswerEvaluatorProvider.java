package dev.mocksy.spi;

import dev.mocksy.evaluation.AnswerEvaluator;

/** Creates {@link AnswerEvaluator}s, which score answers. */
public interface AnswerEvaluatorProvider extends ProviderFactory<AnswerEvaluator> {}
