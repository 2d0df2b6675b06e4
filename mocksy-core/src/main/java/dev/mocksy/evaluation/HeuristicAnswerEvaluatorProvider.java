package dev.mocksy.evaluation;

import com.google.auto.service.AutoService;
import dev.mocksy.spi.AnswerEvaluatorProvider;
import dev.mocksy.spi.Capability;
import dev.mocksy.spi.ProviderContext;

/**
 * Provides the offline {@link HeuristicAnswerEvaluator}; any real evaluator on the classpath takes precedence. When a
 * {@link TextEmbedder} is on the class path (chosen like any provider; {@code mocksy.text-embedder=none} turns it off), key points are matched by meaning too.
 */
@AutoService(AnswerEvaluatorProvider.class)
public final class HeuristicAnswerEvaluatorProvider implements AnswerEvaluatorProvider {

    @Override
    public String id() {
        return "heuristic";
    }

    @Override
    public AnswerEvaluator create(ProviderContext context) {
        return new HeuristicAnswerEvaluator(
                context.find(Capability.TEXT_EMBEDDER).orElse(null));
    }

    @Override
    public int priority() {
        return -10;
    }
}
