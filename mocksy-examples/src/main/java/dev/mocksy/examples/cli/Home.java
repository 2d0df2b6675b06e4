package dev.mocksy.examples.cli;

import dev.mocksy.Mocksy;
import dev.mocksy.MocksyHome;
import dev.mocksy.spi.Capability;
import dev.mocksy.spi.ProviderConfig;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import picocli.CommandLine.Option;

/**
 * The options every command shares (data directory, language model) and the Mocksy instance built on them: the app
 * reaches every capability through that instance and constructs no provider itself.
 */
final class Home {

    /** The key variables of each language model provider, to point out a key that is set but not used. */
    private static final Map<String, List<String>> KEY_VARIABLES = new LinkedHashMap<>();

    static {
        KEY_VARIABLES.put("openai", List.of("OPENAI_API_KEY"));
        KEY_VARIABLES.put("gemini", List.of("GEMINI_API_KEY", "GOOGLE_API_KEY"));
        KEY_VARIABLES.put("claude", List.of("ANTHROPIC_API_KEY"));
    }

    @Option(
            names = "--home",
            paramLabel = "DIR",
            description = "Where sessions and reports are kept (default: $MOCKSY_HOME, else ~/.mocksy).")
    Path directory;

    @Option(
            names = "--store",
            paramLabel = "JDBC_URL",
            description = "Where sessions are kept: jdbc:sqlite:FILE or jdbc:postgresql://HOST/DB (default: the SQLite"
                    + " file mocksy.db in the data directory).")
    String store;

    @Option(
            names = "--provider",
            paramLabel = "NAME",
            description = "openai, gemini, claude or offline (default). Your resume and answers go to the provider"
                    + " only when you choose it here.")
    String provider;

    @Option(names = "--model", paramLabel = "MODEL", description = "The provider's model (default: its current one).")
    String model;

    @Option(
            names = "--base-url",
            paramLabel = "URL",
            description = "The provider's API address, e.g. an OpenAI-compatible server such as Ollama or vLLM.")
    String baseUrl;

    /** The data directory: the option, else {@code MOCKSY_HOME}, else {@code ~/.mocksy}. */
    Path path() {
        return directory != null ? directory.toAbsolutePath() : MocksyHome.resolve(ProviderConfig.of(Map.of()));
    }

    /** The Mocksy instances this command built, closed when it ends. */
    private final List<Mocksy> opened = new ArrayList<>();

    /** Mocksy with sessions in the store ({@code --store}, else SQLite in the data directory): they survive a crash. */
    Mocksy mocksy() {
        return mocksy(builder -> {});
    }

    /** Mocksy with sessions in the store, with the builder adjusted first. */
    Mocksy mocksy(Consumer<Mocksy.Builder> adjust) {
        return build(adjust.andThen(builder -> builder.setting(Capability.INTERVIEW_STORE.property(), "jdbc")
                .setting("mocksy.store.url", storeUrl())));
    }

    /** The store's JDBC URL: {@code --store}, else the SQLite file {@code mocksy.db} in the data directory. */
    String storeUrl() {
        return store != null && !store.isBlank() ? store.strip() : "jdbc:sqlite:" + path().resolve("mocksy.db");
    }

    /** Releases the connections of every Mocksy this command built. */
    void close() {
        opened.forEach(Mocksy::close);
        opened.clear();
    }

    /** Mocksy with sessions in memory, for one-off jobs such as evaluating answers. */
    Mocksy transientMocksy() {
        return transientMocksy(builder -> {});
    }

    /** Mocksy with sessions in memory, with the builder adjusted first. */
    Mocksy transientMocksy(Consumer<Mocksy.Builder> adjust) {
        return build(adjust);
    }

    private Mocksy build(Consumer<Mocksy.Builder> adjust) {
        Mocksy.Builder builder = Mocksy.builder().setting(MocksyHome.PROPERTY, path().toString());
        languageModel().forEach(builder::setting);
        adjust.accept(builder);
        Mocksy mocksy = builder.build();
        opened.add(mocksy);
        return mocksy;
    }

    /**
     * The settings {@code --provider}, {@code --model} and {@code --base-url} stand for; none when no provider is
     * chosen, whatever keys the environment holds.
     */
    private Map<String, String> languageModel() {
        if (provider == null) {
            if (model != null || baseUrl != null) {
                throw new IllegalArgumentException("--model and --base-url need --provider openai, gemini or claude");
            }
            return Map.of();
        }
        String id = provider.strip().toLowerCase(Locale.ROOT);
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put(Capability.LANGUAGE_MODEL.property(), id);
        if (id.equals("offline")) {
            return settings;
        }
        if (model != null && !model.isBlank()) {
            settings.put("mocksy." + id + ".model", model.strip());
        }
        if (baseUrl != null && !baseUrl.isBlank()) {
            settings.put("mocksy." + id + ".base-url", baseUrl.strip());
        }
        return settings;
    }

    /**
     * Says in one line how to use an API key that is set in the environment but not chosen, since a key alone sends
     * nothing anywhere.
     */
    void noteUnusedKey(Mocksy mocksy, PrintStream out) {
        if (mocksy.languageModel().isPresent()
                || mocksy.config().get(Capability.LANGUAGE_MODEL.property()).isPresent()) {
            return;
        }
        unusedKey(System::getenv).ifPresent(out::println);
    }

    /** The notice for the first provider whose key variable is set, if any. */
    static Optional<String> unusedKey(java.util.function.Function<String, String> environment) {
        for (Map.Entry<String, List<String>> entry : KEY_VARIABLES.entrySet()) {
            for (String variable : entry.getValue()) {
                String value = environment.apply(variable);
                if (value != null && !value.isBlank()) {
                    return Optional.of(variable + " is set but not used: add --provider " + entry.getKey()
                            + " to have " + entry.getKey() + " interview and grade you (your resume and answers are"
                            + " then sent to it); Mocksy runs offline until you do.");
                }
            }
        }
        return Optional.empty();
    }

    Path reports() {
        return path().resolve("reports");
    }
}
