package dev.mocksy.llm;

import dev.mocksy.InvalidRequestException;
import dev.mocksy.ProviderException;
import dev.mocksy.StreamInterruptedException;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tries language models in order: when one fails (after its own retries), the next answers.
 *
 * <p>A request the provider rejected as malformed ({@link InvalidRequestException}) is not passed on, since the next
 * model would most likely reject it too; nor is a stream that broke off after part of it was delivered. The last
 * failure is thrown with the earlier ones attached as suppressed exceptions.
 *
 * <pre>{@code
 * LanguageModel model = new FallbackLanguageModel(List.of(openAi, claude));
 * }</pre>
 */
public final class FallbackLanguageModel implements LanguageModel {

    private static final Logger log = LoggerFactory.getLogger(FallbackLanguageModel.class);

    private final List<LanguageModel> models;

    /**
     * @param models the models to try, first choice first; at least one
     */
    public FallbackLanguageModel(List<LanguageModel> models) {
        this.models = List.copyOf(models);
        if (this.models.isEmpty()) {
            throw new IllegalArgumentException("models must not be empty");
        }
    }

    @Override
    public ChatResponse chat(ChatRequest request) {
        return attempt(model -> model.chat(request), new AtomicBoolean());
    }

    @Override
    public ChatResponse stream(ChatRequest request, StreamListener listener, Cancellation cancellation) {
        AtomicBoolean delivered = new AtomicBoolean();
        StreamListener tracking = delta -> {
            delivered.set(true);
            listener.onDelta(delta);
        };
        return attempt(model -> model.stream(request, tracking, cancellation), delivered);
    }

    private ChatResponse attempt(Function<LanguageModel, ChatResponse> call, AtomicBoolean delivered) {
        ProviderException last = null;
        for (LanguageModel model : models) {
            try {
                ChatResponse response = call.apply(model);
                if (last != null) {
                    log.info("{} answered after an earlier model failed", model.name());
                }
                return response;
            } catch (ProviderException failure) {
                if (last != null) {
                    failure.addSuppressed(last);
                }
                last = failure;
                if (failure instanceof InvalidRequestException
                        || failure instanceof StreamInterruptedException
                        || delivered.get()) {
                    throw failure;
                }
                log.warn(
                        "{} failed ({}); trying the next model",
                        model.name(),
                        failure.getClass().getSimpleName());
            }
        }
        throw last;
    }

    @Override
    public String name() {
        return models.stream().map(LanguageModel::name).collect(Collectors.joining(" then "));
    }

    @Override
    public String toString() {
        return "FallbackLanguageModel[" + name() + "]";
    }
}
