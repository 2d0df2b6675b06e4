package dev.mocksy.http.okhttp;

import dev.mocksy.llm.ChatResponse;
import dev.mocksy.llm.FinishReason;
import dev.mocksy.llm.StreamListener;
import dev.mocksy.llm.TokenUsage;
import java.util.Objects;

/**
 * Collects a streamed reply while handing each piece to the caller's listener at once; one per attempt.
 *
 * <p>A provider subclass reads its own event format in {@link #onEvent} and calls {@link #deliver},
 * {@link #usage(TokenUsage)}, {@link #model(String)}, {@link #finish(FinishReason)} and {@link #complete()}.
 */
public abstract class StreamAccumulator {

    private final StreamListener listener;
    private final StringBuilder text = new StringBuilder();
    private TokenUsage usage = TokenUsage.NONE;
    private String model;
    private FinishReason finishReason;
    private boolean delivered;
    private boolean complete;

    protected StreamAccumulator(StreamListener listener, String model) {
        this.listener = Objects.requireNonNull(listener, "listener");
        this.model = model;
    }

    /**
     * Reads one server-sent event.
     *
     * @return {@code false} when the provider said the reply is complete and no more events matter
     * @throws dev.mocksy.ProviderException when the event is an error or cannot be read
     */
    public abstract boolean onEvent(String event, String data);

    /** Hands a piece of text to the listener and keeps it. */
    protected final void deliver(String delta) {
        if (delta == null || delta.isEmpty()) {
            return;
        }
        text.append(delta);
        delivered = true;
        listener.onDelta(delta);
    }

    protected final void usage(TokenUsage usage) {
        this.usage = usage;
    }

    protected final TokenUsage usage() {
        return usage;
    }

    protected final void model(String model) {
        if (model != null && !model.isBlank()) {
            this.model = model;
        }
    }

    protected final void finish(FinishReason finishReason) {
        this.finishReason = finishReason;
    }

    /** Marks the reply complete: the provider sent its final event. */
    protected final void complete() {
        this.complete = true;
    }

    /** Whether the provider said the reply is complete. */
    public final boolean isComplete() {
        return complete;
    }

    /** Whether any text reached the listener: after that, the call cannot be retried transparently. */
    public final boolean delivered() {
        return delivered;
    }

    /** The text received so far. */
    public final String text() {
        return text.toString();
    }

    /** The whole reply. */
    public final ChatResponse response() {
        return new ChatResponse(text.toString(), usage, model, finishReason == null ? FinishReason.STOP : finishReason);
    }

    /** What arrived before the caller cancelled. */
    public final ChatResponse cancelled() {
        return new ChatResponse(text.toString(), usage, model, FinishReason.CANCELLED);
    }
}
