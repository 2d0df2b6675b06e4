package dev.mocksy.examples.web.keys;

import dev.mocksy.Mocksy;
import dev.mocksy.MocksyException;
import dev.mocksy.spi.Capability;
import dev.mocksy.spi.ProviderRegistry;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The {@link Mocksy} each request runs with: the shared offline one, or, for a user who chose a language model and
 * stored its key, one built with that user's key only. Every one uses the same store, so a session can be continued
 * whichever facade a request gets. Per-user facades are cached (the least recently used closed beyond {@link #MAX}).
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
            perUser.keySet().removeIf(key -> {
                boolean stale = key.startsWith(accountId + "/");
                if (stale) {
                    perUser.get(key).close();
                }
                return stale;
            });
            Mocksy built = build(choice);
            perUser.put(cacheKey, built);
            if (perUser.size() > MAX) {
                Map.Entry<String, Mocksy> eldest = perUser.entrySet().iterator().next();
                eldest.getValue().close();
                perUser.remove(eldest.getKey());
            }
            return built;
        }
    }

    private Mocksy build(UserSettings.ModelChoice choice) {
        Mocksy.Builder builder = base.get()
                .setting("mocksy.store.pool-size", "2")
                .setting(Capability.LANGUAGE_MODEL.property(), choice.provider())
                .setting(KEY_SETTINGS.get(choice.provider()), choice.apiKey());
        if (choice.model() != null) {
            builder.setting("mocksy." + choice.provider() + ".model", choice.model());
        }
        // The recogniser holds a 250 MB model: one copy, the shared facade's, serves every user.
        try {
            builder.speechToText(shared.speechToText());
        } catch (MocksyException e) {
            // no recogniser on this class path: voice answers say so when asked for
        }
        return builder.build();
    }

    @Override
    public void close() {
        synchronized (perUser) {
            perUser.values().forEach(Mocksy::close);
            perUser.clear();
        }
        shared.close();
    }
}
