package dev.mocksy;

import dev.mocksy.spi.ProviderConfig;
import java.nio.file.Path;

/** Where Mocksy keeps its data: {@code mocksy.home}, else {@code MOCKSY_HOME}, else {@code ~/.mocksy}. */
public final class MocksyHome {

    /** The setting (system property {@code mocksy.home}, environment {@code MOCKSY_HOME}) that moves the data. */
    public static final String PROPERTY = "mocksy.home";

    private MocksyHome() {}

    /** The data directory under the given settings; not created here. */
    public static Path resolve(ProviderConfig config) {
        return config.get(PROPERTY)
                .map(Path::of)
                .orElseGet(() -> Path.of(System.getProperty("user.home"), ".mocksy"))
                .toAbsolutePath();
    }

    /** The directory of session journals. */
    public static Path sessions(ProviderConfig config) {
        return resolve(config).resolve("sessions");
    }

    /** The directory of saved reports. */
    public static Path reports(ProviderConfig config) {
        return resolve(config).resolve("reports");
    }

    /** The directory of session journals under a data directory. */
    public static Path sessions(Path home) {
        return home.resolve("sessions");
    }

    /** The directory of saved reports under a data directory. */
    public static Path reports(Path home) {
        return home.resolve("reports");
    }

    /** The default database of {@code mocksy-store-jdbc}: an SQLite file in the data directory. */
    public static Path database(ProviderConfig config) {
        return resolve(config).resolve("mocksy.db");
    }
}
