package dev.mocksy.spi;

/**
 * Creates one implementation of a capability; discovered with {@link java.util.ServiceLoader}.
 *
 * <p>Each capability has its own sub-interface (e.g. {@link AnswerEvaluatorProvider}) so that
 * {@code META-INF/services} can tell them apart; annotate implementations with {@code @AutoService}.
 *
 * <pre>{@code
 * @AutoService(AnswerEvaluatorProvider.class)
 * public final class RubricEvaluatorProvider implements AnswerEvaluatorProvider {
 *     public String id() { return "rubric"; }
 *     public AnswerEvaluator create(ProviderContext context) {
 *         return new RubricEvaluator(context.config().get("rubric.file").orElseThrow());
 *     }
 * }
 * }</pre>
 *
 * @param <T> the capability, e.g. {@code AnswerEvaluator}
 */
public interface ProviderFactory<T> {

    /** A short, stable, lower-case id users choose this provider by, e.g. {@code "heuristic"}. */
    String id();

    /**
     * Creates the implementation.
     *
     * @param context the settings (builder, system properties, environment) and the other providers this one may
     *     build on, such as the chosen language model or the provider it falls back to
     * @throws dev.mocksy.MocksyException when required settings (such as an API key) are missing, saying how to set them
     */
    T create(ProviderContext context);

    /**
     * Higher wins when nothing is configured: only the providers of the highest priority present are candidates,
     * and several of them is an ambiguity the user must resolve. Offline defaults use a negative priority so that
     * any real provider on the classpath takes over; providers backed by a language model rank above them.
     */
    default int priority() {
        return 0;
    }

    /**
     * Whether this provider can serve in {@code context}; one that cannot is not a candidate when nothing is
     * configured, and choosing it by id is an error that gives {@link #unavailableReason}. For example the
     * LLM-backed evaluator serves only when a language model has been chosen.
     */
    default boolean isAvailable(ProviderContext context) {
        return true;
    }

    /** Why {@link #isAvailable} is false, and what to do about it. */
    default String unavailableReason() {
        return "it is not available with the current settings";
    }

    /**
     * Whether this provider sends data (resumes, answers, audio, frames) off the machine. A remote provider is never
     * picked by discovery: it is used only when chosen by id or passed as an instance, so that an API key in the
     * environment alone sends nothing anywhere.
     */
    default boolean remote() {
        return false;
    }
}
