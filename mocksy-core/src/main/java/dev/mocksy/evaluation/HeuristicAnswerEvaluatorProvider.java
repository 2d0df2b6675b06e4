package dev.mocksy.evaluation;

import com.google.auto.service.AutoService;
import dev.mocksy.spi.AnswerEvaluatorProvider;
import dev.mocksy.spi.ProviderConfig;

/**
 * Provides the offline {@link HeuristicAnswerEvaluator}; any real evaluator on the classpath takes precedence. When a
 * {@link TextEmbedder} is on the class path (see {@link TextEmbedders}), key points are matched by meaning too.
 */
@AutoService(AnswerEvaluatorProvider.class)
public final class HeuristicAnswerEvaluatorProvider implements AnswerEvaluatorProvider {

    @Override
    public String id() {
        return "heuristic";
    }

    @Override
    public AnswerEvaluator create(ProviderConfig config) {
        return new HeuristicAnswerEvaluator(TextEmbedders.find(config).orElse(null));
    }

    @Override
    public int priority() {
        return -10;
    }
}
