package dev.mocksy.http.okhttp;

import dev.mocksy.spi.ProviderContext;
import dev.mocksy.spi.ProviderFactory;
import java.util.List;
import java.util.Objects;

/**
 * The one shape of every HTTP provider's factory: an id, where its key comes from and how to set it, and a
 * {@link #build} that reads the rest from {@link HttpProviderConfig}. A provider module extends it and implements its
 * capability's SPI interface, e.g. {@code extends HttpProviderFactory<LanguageModel> implements LanguageModelProvider}.
 *
 * <p>Support for Mocksy's HTTP provider modules, not meant for applications: it may change between releases.
 *
 * @param <T> the capability created, e.g. {@code LanguageModel}
 */
public abstract class HttpProviderFactory<T> implements ProviderFactory<T> {

    private final String id;
    private final String keyHelp;
    private final List<String> keySettings;

    /**
     * @param id the provider's id, e.g. {@code openai}
     * @param keyHelp how the user sets the key, for errors
     * @param keySettings the settings that may hold the key, first choice first, e.g. {@code openai.api-key}
     */
    protected HttpProviderFactory(String id, String keyHelp, String... keySettings) {
        this.id = Objects.requireNonNull(id, "id");
        this.keyHelp = Objects.requireNonNull(keyHelp, "keyHelp");
        this.keySettings = List.of(keySettings);
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final T create(ProviderContext context) {
        return build(new HttpProviderConfig(id, keyHelp, keySettings, context.config()));
    }

    /**
     * HTTP providers send data to their servers, so they are used only when chosen by id or instance, never because a
     * key happens to be set.
     */
    @Override
    public final boolean remote() {
        return true;
    }

    /**
     * Creates the provider from its settings.
     *
     * @throws dev.mocksy.AuthenticationException when its key is missing or not usable, saying how to set it
     */
    protected abstract T build(HttpProviderConfig config);
}
