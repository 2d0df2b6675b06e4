package dev.mocksy.examples.cli;

import dev.mocksy.MocksyException;
import dev.mocksy.MocksyHome;
import dev.mocksy.spi.ProviderConfig;
import java.nio.file.Path;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * Keeps library logging off the terminal: everything goes to {@code logs/mocksy.log} under the data directory
 * (see {@code logback.xml}), and an unexpected failure names that file instead of printing a stack trace.
 */
final class Logs {

    /** The system property {@code logback.xml} reads the directory from. */
    static final String DIRECTORY_PROPERTY = "mocksy.log.dir";

    private Logs() {}

    /**
     * Points the log file at the data directory ({@code --home} when the arguments give one); call before anything
     * creates a logger.
     */
    static void toFile(String[] args) {
        if (System.getProperty(DIRECTORY_PROPERTY) == null) {
            System.setProperty(DIRECTORY_PROPERTY, home(args).resolve("logs").toString());
        }
        // java.util.logging (used by some parsers) would print to the console by default.
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
    }

    /** The log file of this process. */
    static Path file() {
        String configured = System.getProperty(DIRECTORY_PROPERTY);
        return (configured != null ? Path.of(configured) : home(new String[0]).resolve("logs")).resolve("mocksy.log");
    }

    /**
     * The one line the terminal shows for a failed command. Mocksy's own exceptions say what to do already; anything
     * else is a defect or a library failure, so its stack trace goes to the log and the line says where.
     */
    static String explain(Exception exception) {
        Logger log = LoggerFactory.getLogger(MocksyCli.class);
        log.error("command failed", exception);
        String message = exception.getMessage() == null ? exception.getClass().getSimpleName() : exception.getMessage();
        if (exception instanceof MocksyException || exception instanceof IllegalArgumentException) {
            return message;
        }
        return message + " (details in " + file() + ")";
    }

    private static Path home(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--home") && i + 1 < args.length) {
                return Path.of(args[i + 1]).toAbsolutePath();
            }
            if (args[i].startsWith("--home=")) {
                return Path.of(args[i].substring("--home=".length())).toAbsolutePath();
            }
        }
        return MocksyHome.resolve(ProviderConfig.of(Map.of()));
    }
}
