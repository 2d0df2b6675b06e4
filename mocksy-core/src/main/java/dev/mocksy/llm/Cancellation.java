package dev.mocksy.llm;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Lets a caller stop a streamed reply from any thread, including from inside its {@link StreamListener}.
 *
 * <p>A cancelled stream returns what arrived so far with {@link FinishReason#CANCELLED}.
 */
public final class Cancellation {

    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final List<Runnable> actions = new CopyOnWriteArrayList<>();

    /** Asks the stream to stop; idempotent. */
    public void cancel() {
        if (cancelled.compareAndSet(false, true)) {
            actions.forEach(Runnable::run);
        }
    }

    public boolean isCancelled() {
        return cancelled.get();
    }

    /** Runs {@code action} on cancellation, at once if already cancelled. For providers: aborts the HTTP call. */
    public void onCancel(Runnable action) {
        actions.add(action);
        if (cancelled.get()) {
            action.run();
        }
    }
}
