package dev.mocksy.examples.cli;

import dev.mocksy.Mocksy;
import dev.mocksy.MocksyHome;
import dev.mocksy.llm.LanguageModel;
import dev.mocksy.llm.LanguageModels;
import dev.mocksy.spi.ProviderConfig;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Option;

/** The options every command shares (data directory, language model) and the Mocksy instance built on them. */
final class Home {

    @Option(
            names = "--home",
            paramLabel = "DIR",
            description = "Where sessions and reports are kept (default: $MOCKSY_HOME, else ~/.mocksy).")
    Path directory;

    @Option(
            names = "--provider",
            paramLabel = "NAME",
            description = "openai, gemini, claude or offline. Default: a provider whose API key is set, else offline.")
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

    /** Mocksy with sessions journaled under the data directory, so an interview survives a crash. */
    Mocksy mocksy() {
        return builder().setting("mocksy.store", "file").build();
    }

    /** Mocksy with sessions journaled under the data directory, with the builder adjusted first. */
    Mocksy mocksy(java.util.function.Consumer<Mocksy.Builder> adjust) {
        Mocksy.Builder builder = builder().setting("mocksy.store", "file");
        adjust.accept(builder);
        return builder.build();
    }

    /** Mocksy with sessions in memory, for one-off jobs such as evaluating answers. */
    Mocksy transientMocksy() {
        return builder().build();
    }

    private Mocksy.Builder builder() {
        Mocksy.Builder builder = Mocksy.builder().setting(MocksyHome.PROPERTY, path().toString());
        languageModel(builder);
        return builder;
    }

    /**
     * Applies {@code --provider}: a chosen provider must have its key (the error says which variable to set);
     * {@code offline} or nothing chosen leaves discovery to Mocksy, which runs offline when no key is set.
     */
    private void languageModel(Mocksy.Builder builder) {
        if (provider == null && model == null && baseUrl == null) {
            return;
        }
        String chosen = provider == null ? "" : provider.strip().toLowerCase(Locale.ROOT);
        if (chosen.equals("offline")) {
            builder.setting("mocksy.language-model", "offline");
            return;
        }
        if (chosen.isEmpty()) {
            throw new IllegalArgumentException("--model and --base-url need --provider openai, gemini or claude");
        }
        LanguageModel languageModel = LanguageModels.create(chosen, model, baseUrl, ProviderConfig.of(Map.of()));
        builder.languageModel(languageModel);
    }

    Path reports() {
        return path().resolve("reports");
    }
}
