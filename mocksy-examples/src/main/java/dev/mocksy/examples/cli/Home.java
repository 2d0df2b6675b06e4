package dev.mocksy.examples.cli;

import dev.mocksy.Mocksy;
import dev.mocksy.MocksyHome;
import dev.mocksy.spi.ProviderConfig;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Option;

/** The data directory option every command shares, and the Mocksy instance built on it. */
final class Home {

    @Option(
            names = "--home",
            paramLabel = "DIR",
            description = "Where sessions and reports are kept (default: $MOCKSY_HOME, else ~/.mocksy).")
    Path directory;

    /** The data directory: the option, else {@code MOCKSY_HOME}, else {@code ~/.mocksy}. */
    Path path() {
        return directory != null ? directory.toAbsolutePath() : MocksyHome.resolve(ProviderConfig.of(Map.of()));
    }

    /** Mocksy with sessions journaled under the data directory, so an interview survives a crash. */
    Mocksy mocksy() {
        return Mocksy.builder()
                .setting("mocksy.store", "file")
                .setting(MocksyHome.PROPERTY, path().toString())
                .build();
    }

    Path reports() {
        return path().resolve("reports");
    }
}
