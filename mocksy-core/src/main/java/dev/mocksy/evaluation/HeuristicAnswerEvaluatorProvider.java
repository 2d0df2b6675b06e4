package dev.mocksy.evaluation;

import com.google.auto.service.AutoService;
import dev.mocksy.spi.AnswerEvaluatorProvider;
import dev.mocksy.spi.ProviderConfig;
import dev.mocksy.spi.ProviderContext;

/** Provides the offline {@link HeuristicAnswerEvaluator}; any real evaluator on the classpath takes precedence. */
@AutoService(AnswerEvaluatorProvider.class)
public final class HeuristicAnswerEvaluatorProvider implements AnswerEvaluatorProvider {

    private static final HeuristicAnswerEvaluator EVALUATOR = new HeuristicAnswerEvaluator();

    @Override
    public String id() {
        return "heuristic";
    }

    @Override
    public AnswerEvaluator create(ProviderContext context) {
        ProviderConfig config = context.config();
        return EVALUATOR;
    }

    @Override
    public int priority() {
        return -10;
    }
}
