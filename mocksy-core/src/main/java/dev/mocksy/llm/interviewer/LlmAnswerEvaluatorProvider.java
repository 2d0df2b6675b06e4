package dev.mocksy.llm.interviewer;

import com.google.auto.service.AutoService;
import dev.mocksy.spi.AnswerEvaluatorProvider;
import dev.mocksy.spi.Capability;

/** Provides evaluations by the language model, with the offline evaluator as fallback, when a language model is chosen. */
@AutoService(AnswerEvaluatorProvider.class)
public final class LlmAnswerEvaluatorProvider extends LanguageModelBackedProvider<dev.mocksy.evaluation.AnswerEvaluator>
        implements AnswerEvaluatorProvider {

    public LlmAnswerEvaluatorProvider() {
        super(Capability.ANSWER_EVALUATOR, LlmAnswerEvaluator::new);
    }
}
