package dev.mocksy.evaluation;

import dev.mocksy.spi.Capability;
import dev.mocksy.spi.ProviderConfig;
import dev.mocksy.spi.ProviderRegistry;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the optional {@link TextEmbedder} for the offline evaluator: the provider on the class path (for example
 * {@code mocksy-embeddings-minilm}), the one chosen with {@code mocksy.text-embedder}, or none when the setting is
 * {@code none}. The one place this lookup happens, so it can move to the registry wiring as a whole.
 */
public final class TextEmbedders {

    /** The value of {@code mocksy.text-embedder} that turns meaning-based matching off. */
    public static final String NONE = "none";

    private static final Logger log = LoggerFactory.getLogger(TextEmbedders.class);

    private TextEmbedders() {}

    /**
     * The embedder to use, or empty for word matching only.
     *
     * @throws dev.mocksy.ProviderSelectionException when the setting names an embedder that is not on the class path,
     *     or several are present and none is chosen
     */
    public static Optional<TextEmbedder> find(ProviderConfig config) {
        Optional<String> chosen = config.get(Capability.TEXT_EMBEDDER.property());
        if (chosen.isPresent() && chosen.get().toLowerCase(Locale.ROOT).equals(NONE)) {
            return Optional.empty();
        }
        Optional<TextEmbedder> embedder = ProviderRegistry.create().createIfPresent(Capability.TEXT_EMBEDDER, config);
        embedder.ifPresentOrElse(
                e -> log.debug("offline evaluator matches key points by meaning with {}", e.name()),
                () -> log.debug("no TextEmbedder on the class path: key points are matched by their words only"));
        return embedder;
    }
}
