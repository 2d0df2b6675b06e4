package dev.mocksy.llm;

import dev.mocksy.ProviderException;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Supplier;

/** A language model that charges its failures to the calling session's {@link SessionBudget}. */
final class GuardedLanguageModel implements LanguageModel {

    private final LanguageModel model;

    GuardedLanguageModel(LanguageModel model) {
        this.model = Objects.requireNonNull(model, "model");
    }

    @Override
    public ChatResponse chat(ChatRequest request) {
        return guarded(() -> model.chat(request));
    }

    @Override
    public ChatResponse stream(ChatRequest request, StreamListener listener, Cancellation cancellation) {
        return guarded(() -> model.stream(request, listener, cancellation));
    }

    @Override
    public String name() {
        return model.name();
    }

    private ChatResponse guarded(Supplier<ChatResponse> call) {
        SessionBudget budget = SessionBudget.current().orElse(null);
        if (budget == null) {
            return call.get();
        }
        if (budget.spent()) {
            throw new ProviderException(
                    model.name(), "not called: " + budget.reason().orElseThrow());
        }
        long start = System.nanoTime();
        try {
            return call.get();
        } catch (ProviderException e) {
            budget.charge(Duration.ofNanos(System.nanoTime() - start), e);
            throw e;
        }
    }

    @Override
    public String toString() {
        return "GuardedLanguageModel[" + model.name() + "]";
    }
}
