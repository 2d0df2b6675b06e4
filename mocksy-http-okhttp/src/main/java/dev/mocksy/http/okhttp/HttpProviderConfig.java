package dev.mocksy.http.okhttp;

import dev.mocksy.AuthenticationException;
import dev.mocksy.http.RetryPolicy;
import dev.mocksy.llm.ApiKey;
import dev.mocksy.llm.LanguageModels;
import dev.mocksy.llm.Timeouts;
import dev.mocksy.spi.ProviderConfig;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The settings of one HTTP provider, read the same way for every one of them: its key from the settings it names (the
 * first one set wins), {@code mocksy.<id>.model}, {@code mocksy.<id>.base-url}, {@code mocksy.<id>.max-attempts} and
 * {@code mocksy.<id>.timeout-seconds} (the deadline of one call, every attempt and wait included).
 *
 * <p>Support for Mocksy's HTTP provider modules, not meant for applications: it may change between releases.
 */
public final class HttpProviderConfig {

    private static final Logger log = LoggerFactory.getLogger(HttpProviderConfig.class);

    private final String id;
    private final String keyHelp;
    private final List<String> keySettings;
    private final ProviderConfig config;

    /**
     * @param id the provider's id, e.g. {@code openai}
     * @param keyHelp how the user sets the key, for errors
     * @param keySettings the settings that may hold the key, in order, e.g. {@code openai.api-key}
     * @param config where the settings come from
     */
    public HttpProviderConfig(String id, String keyHelp, List<String> keySettings, ProviderConfig config) {
        this.id = Objects.requireNonNull(id, "id");
        this.keyHelp = Objects.requireNonNull(keyHelp, "keyHelp");
        this.keySettings = List.copyOf(keySettings);
        this.config = Objects.requireNonNull(config, "config");
    }

    public String id() {
        return id;
    }

    /** Any other setting. */
    public Optional<String> get(String key) {
        return config.get(key);
    }

    /** {@code mocksy.<id>.model}. */
    public Optional<String> model() {
        return config.get(LanguageModels.modelSetting(id));
    }

    /** {@code mocksy.<id>.base-url}, else the first of the given alternatives that is set. */
    public Optional<String> baseUrl(String... alternatives) {
        Optional<String> url = config.get(LanguageModels.baseUrlSetting(id));
        for (String alternative : alternatives) {
            url = url.or(() -> config.get(alternative));
        }
        return url;
    }

    /**
     * The key from the first key setting that is set, labelled with where it came from (e.g. {@code OPENAI_API_KEY
     * (setting openai.api-key)}) so that a rejection can name it; empty when none is set.
     *
     * @throws AuthenticationException when the key holds a character an HTTP header cannot carry, saying where it
     *     came from and which character, never the key
     */
    public Optional<ApiKey> optionalApiKey() {
        for (String setting : keySettings) {
            Optional<String> value = config.get(setting);
            if (value.isPresent()) {
                String source = ProviderConfig.environmentName(setting) + " (setting " + setting + ")";
                Optional<String> problem = ApiKey.problem(value.get());
                if (problem.isPresent()) {
                    AuthenticationException unusable = new AuthenticationException(
                            id, "the API key from " + source + " is not usable: " + problem.get(), keyHelp, 0);
                    // said here too: discovery may pass over a provider whose key fails, and this must not be silent
                    log.warn("{}", unusable.getMessage());
                    throw unusable;
                }
                return Optional.of(ApiKey.of(value.get(), source));
            }
        }
        return Optional.empty();
    }

    /**
     * The key, as {@link #optionalApiKey()}.
     *
     * @throws AuthenticationException when no key setting is set, or the key is not usable, saying how to set it
     */
    public ApiKey apiKey() {
        return optionalApiKey()
                .orElseThrow(() -> new AuthenticationException(id, "no API key is configured", keyHelp, 0));
    }

    /**
     * The retry policy {@code mocksy.<id>.max-attempts} asks for (1 = no retries), else the defaults.
     *
     * @throws IllegalArgumentException when the setting is not a whole number from 1 to 20, naming it
     */
    public RetryPolicy retryPolicy() {
        String setting = LanguageModels.maxAttemptsSetting(id);
        return config.get(setting)
                .map(value -> {
                    int attempts = positive(setting, value);
                    try {
                        return RetryPolicy.builder().maxAttempts(attempts).build();
                    } catch (IllegalArgumentException outOfRange) {
                        throw new IllegalArgumentException(
                                setting + " must be between 1 and 20, got " + attempts, outOfRange);
                    }
                })
                .orElseGet(RetryPolicy::defaults);
    }

    /** The attempts {@code mocksy.<id>.max-attempts} asks for, when set. */
    public Optional<Integer> maxAttempts() {
        String setting = LanguageModels.maxAttemptsSetting(id);
        return config.get(setting).map(value -> positive(setting, value));
    }

    /**
     * The deadline of one call {@code mocksy.<id>.timeout-seconds} asks for, when set.
     *
     * @throws IllegalArgumentException when the setting is not a positive whole number, naming it
     */
    public Optional<Duration> deadline() {
        String setting = LanguageModels.timeoutSetting(id);
        return config.get(setting).map(value -> Duration.ofSeconds(positive(setting, value)));
    }

    /** The given timeouts, with the deadline of {@code mocksy.<id>.timeout-seconds} when set. */
    public Timeouts timeouts(Timeouts defaults) {
        return deadline().map(defaults::withTotal).orElse(defaults);
    }

    /**
     * Applies what every HTTP provider builder takes from settings: the key (required), {@code mocksy.<id>.base-url},
     * the attempts and the deadline. The model is left to the caller, since providers name it differently.
     *
     * @throws AuthenticationException as {@link #apiKey()}
     */
    public <B extends HttpProviderBuilder<B>> B configure(B builder) {
        baseUrl().ifPresent(builder::baseUrl);
        return builder.retryPolicy(retryPolicy())
                .timeouts(timeouts(Timeouts.DEFAULT))
                .apiKey(apiKey());
    }

    private static int positive(String setting, String value) {
        try {
            int number = Integer.parseInt(value.strip());
            if (number < 1) {
                throw new IllegalArgumentException(setting + " must be positive, got " + value);
            }
            return number;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(setting + " must be a whole number, got '" + value + "'", e);
        }
    }

    @Override
    public String toString() {
        return "HttpProviderConfig[" + id + ", " + config + "]";
    }
}
