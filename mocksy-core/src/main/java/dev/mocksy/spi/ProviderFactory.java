package dev.mocksy.spi;

/**
 * Creates one implementation of a capability; discovered with {@link java.util.ServiceLoader}.
 *
 * <p>Each capability has its own sub-interface (e.g. {@link AnswerEvaluatorProvider}) so that
 * {@code META-INF/services} can tell them apart; annotate implementations with {@code @AutoService}.
 *
 * @param <T> the capability, e.g. {@code AnswerEvaluator}
 */
public interface ProviderFactory<T> {

    /** A short, stable, lower-case id users choose this provider by, e.g. {@code "heuristic"}. */
    String id();

    /**
     * Creates the implementation.
     *
     * @param config settings from the builder, system properties and environment
     * @throws dev.mocksy.MocksyException when required settings (such as an API key) are missing, saying how to set them
     */
    T create(ProviderConfig config);

    /**
     * Higher wins when nothing is configured: only the providers of the highest priority present are candidates,
     * and several of them is an ambiguity the user must resolve. Offline defaults use a negative priority so that
     * any real provider on the classpath takes over.
     */
    default int priority() {
        return 0;
    }
}
