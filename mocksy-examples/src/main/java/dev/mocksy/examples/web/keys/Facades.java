package dev.mocksy.examples.web.keys;

import dev.mocksy.Mocksy;
import dev.mocksy.spi.Capability;
import dev.mocksy.spi.ProviderRegistry;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The {@link Mocksy} each request runs with: the shared offline one, or, for a user who chose a language model and
 * stored its key, a light one built with that user's key only. A light facade {@linkplain Mocksy.Builder#sharing
 * shares} the offline one's store (one connection pool), recogniser, voice, vision and embedder, so a session can be
 * continued whichever facade a request gets and a thousand users cost one pool and one copy of each model. Light
 * facades are cached (at most {@link #MAX}); one dropped from the cache is never closed, since it owns nothing to
 * release and a request may still be using it.
 */
public final class Facades implements AutoCloseable {

    /** The most per-user facades kept open. */
    static final int MAX = 32;

    /** The settings of the provider's key, by provider id. */
    private static final Map<String, String> KEY_SETTINGS =
            Map.of("openai", "openai.api-key", "gemini", "gemini.api-key", "claude", "anthropic.api-key");

    private final Supplier<Mocksy.Builder> base;
    private final Mocksy shared;
    private final UserSettings settings;
    private final Map<String, Mocksy> perUser = new LinkedHashMap<>(16, 0.75f, true);

    /**
     * @param shared the offline facade, from {@link #offline(Supplier)}
     * @param base a builder with the data directory and the store set, new on each call
     * @param settings where users' model choices and keys are
     */
    public Facades(Mocksy shared, Supplier<Mocksy.Builder> base, UserSettings settings) {
        this.shared = Objects.requireNonNull(shared, "shared");
        this.base = Objects.requireNonNull(base, "base");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /**
     * The shared facade: no language model unless a user chooses one, so a key in the server's environment is never
     * used for anybody. Building it opens (and migrates) the store.
     */
    public static Mocksy offline(Supplier<Mocksy.Builder> base) {
        return base.get()
                .setting(Capability.LANGUAGE_MODEL.property(), ProviderRegistry.NONE)
                .build();
    }

    /** The offline facade, for everything that runs no language model. */
    public Mocksy shared() {
        return shared;
    }

    /** The facade for this account's requests: its own model and key when it chose one, else the shared one. */
    public Mocksy forAccount(String accountId) {
        UserSettings.ModelChoice choice = settings.modelChoice(accountId);
        if (choice.offline()) {
            return shared;
        }
        String cacheKey = accountId + "/" + choice.provider() + "/" + choice.model() + "/"
                + dev.mocksy.examples.web.account.Tokens.hash(choice.apiKey());
        synchronized (perUser) {
            Mocksy cached = perUser.get(cacheKey);
            if (cached != null) {
                return cached;
            }
            // A changed key or model replaces the account's facade.
            perUser.keySet().removeIf(key -> key.startsWith(accountId + "/"));
            Mocksy built = build(choice);
            perUser.put(cacheKey, built);
            if (perUser.size() > MAX) {
                perUser.remove(perUser.keySet().iterator().next());
            }
            return built;
        }
    }

    private Mocksy build(UserSettings.ModelChoice choice) {
        Mocksy.Builder builder = base.get()
                .sharing(shared)
                .setting(Capability.LANGUAGE_MODEL.property(), choice.provider())
                .setting(KEY_SETTINGS.get(choice.provider()), choice.apiKey());
        if (choice.model() != null) {
            builder.setting("mocksy." + choice.provider() + ".model", choice.model());
        }
        return builder.build();
    }

    /** How many light facades are cached. */
    int cached() {
        synchronized (perUser) {
            return perUser.size();
        }
    }

    /** Closes the shared facade, and with it the store every facade uses. */
    @Override
    public void close() {
        synchronized (perUser) {
            perUser.clear();
        }
        shared.close();
    }
}
