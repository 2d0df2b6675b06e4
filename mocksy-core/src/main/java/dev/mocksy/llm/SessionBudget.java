package dev.mocksy.llm;

import dev.mocksy.AuthenticationException;
import dev.mocksy.ProviderException;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * How much time one interview session may lose to a failing language model before it stops calling it.
 *
 * <p>A session runs each step of its interviewer inside {@link #run}; a {@link #guard guarded} model charges the time
 * of every failed call to the budget of the session whose step made it, and once the budget is spent (or the
 * provider rejected its key) answers at once with {@link ProviderException} instead of calling, so the LLM-backed
 * strategies fall back without waiting and the interview goes on. Successful calls cost nothing. One budget per
 * session; not shared between threads.
 */
public final class SessionBudget {

    private static final ThreadLocal<SessionBudget> CURRENT = new ThreadLocal<>();

    private final Duration limit;
    private Duration lost = Duration.ZERO;
    private String spentReason;

    private SessionBudget(Duration limit) {
        this.limit = Objects.requireNonNull(limit, "limit");
    }

    /** A budget that allows {@code limit} of failed calls. */
    public static SessionBudget of(Duration limit) {
        return new SessionBudget(limit);
    }

    /** {@code model} charging its failures to the budget of the session step calling it, if any. */
    public static LanguageModel guard(LanguageModel model) {
        return model instanceof GuardedLanguageModel ? model : new GuardedLanguageModel(model);
    }

    /** Runs one step of a session with this budget in force on the current thread. */
    public <T> T run(Supplier<T> step) {
        SessionBudget outer = CURRENT.get();
        CURRENT.set(this);
        try {
            return step.get();
        } finally {
            if (outer == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(outer);
            }
        }
    }

    /** Whether the language model should no longer be called in this session. */
    public boolean spent() {
        return spentReason != null;
    }

    /** Why it is spent: the rejected key, or the time lost. */
    public Optional<String> reason() {
        return Optional.ofNullable(spentReason);
    }

    /** The time lost to failed calls so far. */
    public Duration lost() {
        return lost;
    }

    static Optional<SessionBudget> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    void charge(Duration elapsed, ProviderException failure) {
        lost = lost.plus(elapsed);
        if (failure instanceof AuthenticationException) {
            spentReason = failure.getMessage();
        } else if (lost.compareTo(limit) >= 0 && spentReason == null) {
            spentReason = String.format(
                    "the language model failed for %d s in this session (the budget is %d s; last error: %s)",
                    lost.toSeconds(), limit.toSeconds(), failure.getMessage());
        }
    }
}
