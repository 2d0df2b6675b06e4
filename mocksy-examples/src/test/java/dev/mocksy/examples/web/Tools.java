package dev.mocksy.examples.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/** Outside components the platform's ITs need: required when CI=true, else the test is skipped saying what to install. */
public final class Tools {

    private Tools() {}

    static void require(boolean present, String what) {
        String message = "install " + what;
        if ("true".equalsIgnoreCase(System.getenv("CI")) && !present) {
            fail("CI=true but missing: " + message);
        }
        Assumptions.assumeTrue(present, message);
    }

    static boolean onPath(String program) {
        String path = System.getenv().getOrDefault("PATH", "");
        return Stream.of(path.split(java.io.File.pathSeparator))
                .anyMatch(directory -> Files.isExecutable(Path.of(directory, program)));
    }

    /** {@code text} spoken by espeak-ng at 150 words per minute, as 16 kHz 16-bit mono WAV (sox). */
    public static Path speech(Path directory, String name, String text) throws IOException, InterruptedException {
        require(onPath("espeak-ng") && onPath("sox"), "Debian packages espeak-ng and sox");
        Path raw = directory.resolve(name + "-22k.wav");
        Path wav = directory.resolve(name + ".wav");
        run("espeak-ng", "-v", "en-us", "-s", "150", "-w", raw.toString(), text);
        run("sox", raw.toString(), "-r", "16000", "-c", "1", "-b", "16", "-e", "signed-integer", wav.toString());
        return wav;
    }

    static void run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue())
                .as(String.join(" ", command) + ": " + output)
                .isZero();
    }
}
