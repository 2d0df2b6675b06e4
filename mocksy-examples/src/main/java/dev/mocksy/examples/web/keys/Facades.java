package dev.mocksy.examples.web.keys;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.mocksy.Mocksy;
import dev.mocksy.examples.web.account.Tokens;
import dev.mocksy.examples.web.sets.QuestionSets;
import dev.mocksy.spi.Capability;
import dev.mocksy.spi.ProviderRegistry;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
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
    private final QuestionSets questionSets;
    private final Cache<String, Entry> perAccount;
    private final Cache<String, Mocksy> perQuestionSet =
            Caffeine.newBuilder().maximumSize(200).build();

    /**
     * @param shared the offline facade, from {@link #offline(Supplier)}
     * @param base a builder with the data directory and the store set, new on each call
     * @param settings where users' model choices and keys are
     */
    public Facades(Mocksy shared, Supplier<Mocksy.Builder> base, UserSettings settings) {
        this(shared, base, settings, null, MAX);
    }

    /**
     * @param questionSets the accounts' question sets, for the interviews run from one ({@link #forSession})
     */
    public Facades(Mocksy shared, Supplier<Mocksy.Builder> base, UserSettings settings, QuestionSets questionSets) {
        this(shared, base, settings, questionSets, MAX);
    }

    Facades(Mocksy shared, Supplier<Mocksy.Builder> base, UserSettings settings, int max) {
        this(shared, base, settings, null, max);
    }

    private Facades(
            Mocksy shared, Supplier<Mocksy.Builder> base, UserSettings settings, QuestionSets questionSets, int max) {
        this.shared = Objects.requireNonNull(shared, "shared");
        this.base = Objects.requireNonNull(base, "base");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.questionSets = questionSets;
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
        String fingerprint = fingerprint(choice);
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

    /**
     * The facade to go on with one of the account's sessions: for an interview run from a question set, one that asks
     * that set's questions (see {@link #forQuestionSet}); else {@link #forAccount}. Another account's session gets the
     * account's own facade, whose ownership check then refuses it.
     */
    public Mocksy forSession(String accountId, String sessionId) {
        if (questionSets != null) {
            Optional<QuestionSets.Run> run = questionSets.runOf(accountId, sessionId);
            if (run.isPresent()) {
                return forQuestionSet(accountId, run.get().source(), run.get().content());
            }
        }
        return forAccount(accountId);
    }

    /**
     * The facade for an account's interview run from one of its question sets: a light facade that asks that set's
     * questions, with the account's own model and key when it chose one. Cached by the model choice and the set's
     * text, so accounts running the same set offline share one.
     *
     * @param source the name the set's text is read under (its extension tells YAML from JSON)
     * @param content the set's text, as uploaded
     * @throws dev.mocksy.question.QuestionSetException when the text is not a valid question set
     */
    public Mocksy forQuestionSet(String accountId, String source, String content) {
        UserSettings.ModelChoice choice = settings.modelChoice(accountId);
        String fingerprint = fingerprint(choice) + "|" + Tokens.hash(source + "\u0000" + content);
        return perQuestionSet.get(fingerprint, key -> {
            Mocksy.Builder builder = choice.offline()
                    ? base.get().sharing(shared).setting(Capability.LANGUAGE_MODEL.property(), ProviderRegistry.NONE)
                    : withChoice(base.get().sharing(shared), choice);
            return builder.questionSet(dev.mocksy.question.QuestionSet.parse(source, content))
                    .build();
        });
    }

    /** What a cached facade was built for: the model choice, its key only as a hash. */
    private static String fingerprint(UserSettings.ModelChoice choice) {
        return choice.offline()
                ? "offline"
                : choice.provider() + "/" + choice.model() + "/" + Tokens.hash(choice.apiKey());
    }

    private Mocksy build(UserSettings.ModelChoice choice) {
        return withChoice(base.get().sharing(shared), choice).build();
    }

    private static Mocksy.Builder withChoice(Mocksy.Builder builder, UserSettings.ModelChoice choice) {
        builder.setting(Capability.LANGUAGE_MODEL.property(), choice.provider())
                .setting(KEY_SETTINGS.get(choice.provider()), choice.apiKey());
        if (choice.model() != null) {
            builder.setting("mocksy." + choice.provider() + ".model", choice.model());
        }
        return builder;
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
        perQuestionSet.invalidateAll();
        shared.close();
    }
}
