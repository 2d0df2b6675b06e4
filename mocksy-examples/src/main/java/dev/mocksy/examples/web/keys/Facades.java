package dev.mocksy.examples.web.keys;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.mocksy.Mocksy;
import dev.mocksy.examples.web.account.Tokens;
import dev.mocksy.spi.Capability;
import dev.mocksy.spi.ProviderRegistry;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The {@link Mocksy} each request runs with: the shared offline one, or, for a user who chose a language model and
 * stored its key, a light one built with that user's key only. A light facade {@linkplain Mocksy.Builder#sharing
 * shares} the offline one's store (one connection pool), provider registry, recogniser, voice, vision and embedder, so a
 * session can be continued whichever facade a request gets and a thousand users cost one pool and one copy of each
 * model. Light facades are cached per account (at most {@link #MAX}); one dropped from the cache is never closed,
 * since it owns nothing to release and a request may still be using it. Building one locks only its account's entry.
 */
public final class Facades implements AutoCloseable {

    /** The most light facades kept: a few kilobytes each, so every active user of a busy node keeps theirs. */
    static final int MAX = 2_000;

    /** The settings of the provider's key, by provider id. */
    private static final Map<String, String> KEY_SETTINGS =
            Map.of("openai", "openai.api-key", "gemini", "gemini.api-key", "claude", "anthropic.api-key");

    /** An account's facade and the choice (provider, model, key digest) it was built for. */
    private record Entry(String choice, Mocksy mocksy) {}

    private final Supplier<Mocksy.Builder> base;
    private final Mocksy shared;
    private final UserSettings settings;
    private final Cache<String, Entry> perAccount;

    /**
     * @param shared the offline facade, from {@link #offline(Supplier)}
     * @param base a builder with the data directory and the store set, new on each call
     * @param settings where users' model choices and keys are
     */
    public Facades(Mocksy shared, Supplier<Mocksy.Builder> base, UserSettings settings) {
        this(shared, base, settings, MAX);
    }

    Facades(Mocksy shared, Supplier<Mocksy.Builder> base, UserSettings settings, int max) {
        this.shared = Objects.requireNonNull(shared, "shared");
        this.base = Objects.requireNonNull(base, "base");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.perAccount = Caffeine.newBuilder().maximumSize(max).build();
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
        String fingerprint = choice.provider() + "/" + choice.model() + "/" + Tokens.hash(choice.apiKey());
        Entry cached = perAccount.getIfPresent(accountId);
        if (cached != null && cached.choice().equals(fingerprint)) {
            return cached.mocksy();
        }
        // A changed key or model replaces the account's facade; other accounts are not held up meanwhile.
        return perAccount
                .asMap()
                .compute(
                        accountId,
                        (id, old) -> old != null && old.choice().equals(fingerprint)
                                ? old
                                : new Entry(fingerprint, build(choice)))
                .mocksy();
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
    long cached() {
        perAccount.cleanUp();
        return perAccount.estimatedSize();
    }

    /** Whether this very facade is still in the cache. */
    boolean holds(Mocksy mocksy) {
        return perAccount.asMap().values().stream().anyMatch(entry -> entry.mocksy() == mocksy);
    }

    /** Closes the shared facade, and with it the store every facade uses. */
    @Override
    public void close() {
        perAccount.invalidateAll();
        shared.close();
    }
}
