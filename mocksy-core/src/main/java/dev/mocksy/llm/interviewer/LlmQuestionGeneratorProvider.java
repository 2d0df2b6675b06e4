package dev.mocksy.llm.interviewer;

import com.google.auto.service.AutoService;
import dev.mocksy.spi.Capability;
import dev.mocksy.spi.QuestionGeneratorProvider;

/** Provides questions, asked by the language model with the offline bank as fallback, when a language model is chosen. */
@AutoService(QuestionGeneratorProvider.class)
public final class LlmQuestionGeneratorProvider
        extends LanguageModelBackedProvider<dev.mocksy.question.QuestionGenerator>
        implements QuestionGeneratorProvider {

    public LlmQuestionGeneratorProvider() {
        super(Capability.QUESTION_GENERATOR, LlmQuestionGenerator::new);
    }
}
