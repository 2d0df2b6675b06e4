package dev.mocksy.stt.vosk;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.mocksy.speech.AudioClip;
import dev.mocksy.speech.WavReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Real test audio from Debian packages: LibriVox recordings from {@code pocketsphinx-testdata} and speech
 * synthesised by {@code espeak-ng}, converted by {@code sox}. With {@code CI=true} a missing package fails the test;
 * otherwise the test is skipped with a message naming the package to install.
 */
final class SpeechAudio {

    static final Path LIBRIVOX = Path.of("/usr/share/pocketsphinx/test/data/librivox");

    private SpeechAudio() {}

    /** Requires a Debian package, by a file it installs. */
    static void require(String debianPackage, Path file) {
        boolean present = Files.exists(file);
        if (!present && "true".equals(System.getenv("CI"))) {
            fail("CI=true but " + file + " is missing: install Debian package " + debianPackage);
        }
        assumeTrue(present, "install Debian package " + debianPackage + " (apt-get install -y " + debianPackage + ")");
    }

    static void requireLibrivox() {
        require("pocketsphinx-testdata", LIBRIVOX.resolve("transcription"));
    }

    static void requireSynthesis() {
        require("espeak-ng", Path.of("/usr/bin/espeak-ng"));
        require("sox", Path.of("/usr/bin/sox"));
    }

    /** The LibriVox recordings with their reference transcripts. */
    static List<Recording> librivox() throws IOException {
        List<Recording> recordings = new ArrayList<>();
        for (String line : Files.readAllLines(LIBRIVOX.resolve("transcription"))) {
            int open = line.lastIndexOf('(');
            String id = line.substring(open + 1, line.lastIndexOf(')'));
            String text = line.substring(0, open)
                    .replace("<s>", "")
                    .replace("</s>", "")
                    .strip();
            recordings.add(new Recording(LIBRIVOX.resolve(id + ".wav"), text));
        }
        return recordings;
    }

    /** Synthesises US-English speech at {@code wordsPerMinute} as 16 kHz mono 16-bit WAV. */
    static Path speak(Path dir, String name, String text, int wordsPerMinute) throws IOException, InterruptedException {
        Path raw = dir.resolve(name + "-22k.wav");
        Path wav = dir.resolve(name + ".wav");
        run("espeak-ng", "-v", "en-us", "-s", Integer.toString(wordsPerMinute), "-w", raw.toString(), text);
        run("sox", raw.toString(), "-r", "16000", "-c", "1", "-b", "16", "-e", "signed-integer", wav.toString());
        return wav;
    }

    /** Synthesises speech with leading and trailing silence trimmed, so inserted silences have exact bounds. */
    static Path speakTrimmed(Path dir, String name, String text, int wordsPerMinute)
            throws IOException, InterruptedException {
        Path wav = speak(dir, name + "-untrimmed", text, wordsPerMinute);
        Path trimmed = dir.resolve(name + ".wav");
        run(
                "sox",
                wav.toString(),
                trimmed.toString(),
                "silence",
                "1",
                "0.01",
                "0.5%",
                "reverse",
                "silence",
                "1",
                "0.01",
                "0.5%",
                "reverse");
        return trimmed;
    }

    /** A 16 kHz mono file of digital silence. */
    static Path silence(Path dir, double seconds) throws IOException, InterruptedException {
        Path wav = dir.resolve("silence-" + seconds + ".wav");
        run(
                "sox",
                "-n",
                "-r",
                "16000",
                "-c",
                "1",
                "-b",
                "16",
                "-e",
                "signed-integer",
                wav.toString(),
                "trim",
                "0",
                Double.toString(seconds));
        return wav;
    }

    /** The files one after another, joined by sox. */
    static Path concat(Path out, Path... parts) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("sox"));
        for (Path part : parts) {
            command.add(part.toString());
        }
        command.add(out.toString());
        run(command.toArray(String[]::new));
        return out;
    }

    static AudioClip read(Path wav) {
        return WavReader.read(wav);
    }

    static void run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " failed: " + output);
        }
    }

    record Recording(Path wav, String transcript) {}
}
