package dev.mocksy.tts.marytts;

import dev.mocksy.ProviderUnavailableException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import marytts.LocalMaryInterface;
import marytts.exceptions.MaryConfigurationException;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.config.Configurator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts MaryTTS once per JVM: MaryTTS keeps its modules in static state.
 *
 * <p>It runs in MaryTTS's command-line mode, where a module starts when first used rather than all at start-up, so the
 * tokeniser module (whose library is not on Maven Central) is never started: Mocksy hands MaryTTS tokens. Its base
 * directory is {@code $MOCKSY_HOME/marytts}; its own logging is off unless {@code mocksy.marytts.log-level} says
 * otherwise (e.g. {@code WARN}).
 */
final class MaryRuntime {

    private static final Logger log = LoggerFactory.getLogger(MaryRuntime.class);
    private static final Object LOCK = new Object();
    private static volatile boolean started;
    private static final Set<String> FAST_VOICES = ConcurrentHashMap.newKeySet();

    /** The level MaryTTS's own log4j logging runs at, e.g. {@code WARN}; default {@code OFF}. */
    static final String LOG_LEVEL_PROPERTY = "mocksy.marytts.log-level";

    private MaryRuntime() {}

    /**
     * A fresh interface to the running MaryTTS set to {@code voice} (each carries its own voice and effects, so one
     * per call); the voice runs on {@link WholeUtteranceEngine} where it can.
     */
    static LocalMaryInterface open(Path base, String voice) {
        ensureStarted(base);
        try {
            LocalMaryInterface mary = new LocalMaryInterface();
            mary.setVoice(voice);
            if (!FAST_VOICES.contains(voice) && WholeUtteranceEngine.install(voice)) {
                FAST_VOICES.add(voice);
            }
            return mary;
        } catch (MaryConfigurationException e) {
            throw new ProviderUnavailableException(
                    MaryTextToSpeech.ID, "MaryTTS could not start: " + e.getMessage(), e);
        }
    }

    private static void ensureStarted(Path base) {
        if (started) {
            return;
        }
        synchronized (LOCK) {
            if (started) {
                return;
            }
            try {
                Files.createDirectories(base.resolve("log"));
            } catch (IOException e) {
                throw new ProviderUnavailableException(
                        MaryTextToSpeech.ID, "cannot create MaryTTS's directory " + base + ": " + e.getMessage(), e);
            }
            setIfAbsent("mary.base", base.toAbsolutePath().toString());
            setIfAbsent("server", "commandline");
            setIfAbsent("log4j.logger.marytts", "WARN, logfile");
            quietMaryLogging();
            long start = System.nanoTime();
            try {
                new LocalMaryInterface();
            } catch (MaryConfigurationException | RuntimeException e) {
                throw new ProviderUnavailableException(
                        MaryTextToSpeech.ID,
                        "MaryTTS could not start (see " + base.resolve("log/server.log") + "): " + e.getMessage(),
                        e);
            }
            log.debug("MaryTTS started in {} ms", (System.nanoTime() - start) / 1_000_000);
            started = true;
        }
    }

    /**
     * MaryTTS's log4j would print its own complaints (a token it cannot syllabify) on the console, amid an interview;
     * its failures still reach the caller as exceptions. Where log4j is routed to SLF4J instead, the application's
     * SLF4J binding decides (logger {@code marytts}).
     */
    private static void quietMaryLogging() {
        if (LogManager.getContext(false) instanceof org.apache.logging.log4j.core.LoggerContext) {
            Configurator.setLevel("marytts", Level.toLevel(System.getProperty(LOG_LEVEL_PROPERTY, "OFF"), Level.OFF));
        }
    }

    private static void setIfAbsent(String property, String value) {
        if (System.getProperty(property) == null) {
            System.setProperty(property, value);
        }
    }
}
