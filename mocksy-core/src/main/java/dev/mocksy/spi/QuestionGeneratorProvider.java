package dev.mocksy.spi;

import dev.mocksy.question.QuestionGenerator;

/** Creates {@link QuestionGenerator}s, which choose questions and follow-ups. */
public interface QuestionGeneratorProvider extends ProviderFactory<QuestionGenerator> {}
