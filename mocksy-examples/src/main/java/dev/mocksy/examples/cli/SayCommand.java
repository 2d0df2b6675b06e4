package dev.mocksy.examples.cli;

import dev.mocksy.speech.AudioClip;
import dev.mocksy.speech.TextToSpeech;
import dev.mocksy.speech.WavWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code mocksy say TEXT [--out FILE.wav]}: the interviewer's voice, offline. */
@Command(
        name = "say",
        mixinStandardHelpOptions = true,
        description = "Speaks the text in the interviewer's offline voice: to the speakers, or into a WAV file.")
final class SayCommand implements Callable<Integer> {

    private final Terminal terminal;

    @Mixin
    Home home;

    @Parameters(arity = "1..*", paramLabel = "TEXT", description = "what to say")
    List<String> words;

    @Option(names = "--out", paramLabel = "FILE.wav", description = "write a WAV file instead of playing it")
    Path out;

    SayCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() {
        String text = String.join(" ", words).strip();
        if (text.isEmpty()) {
            throw new IllegalArgumentException("say needs some text, e.g. ./mocksy say \"Tell me about yourself.\"");
        }
        if (out != null) {
            if (!out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".wav")) {
                throw new IllegalArgumentException("--out must name a .wav file, got " + out);
            }
            Path parent = out.toAbsolutePath().getParent();
            if (parent != null && !Files.isDirectory(parent)) {
                throw new IllegalArgumentException("--out: the folder " + parent + " does not exist");
            }
        }
        TextToSpeech voice = home.transientMocksy().textToSpeech();
        if (out != null) {
            AudioClip clip = voice.synthesize(text);
            WavWriter.write(clip, out);
            terminal.out().printf(Locale.ROOT, "Wrote %s (%.1f s)%n", out, clip.durationSeconds());
            return 0;
        }
        Speakers[] speakers = {null};
        try {
            voice.synthesize(text, clip -> {
                if (speakers[0] == null) {
                    Optional<Speakers> opened = Speakers.open(clip.sampleRate());
                    speakers[0] = opened.orElseThrow(() -> new IllegalStateException(
                            "no audio output on this machine; write a file with --out FILE.wav"));
                }
                speakers[0].play(clip);
            });
        } finally {
            if (speakers[0] != null) {
                speakers[0].close();
            }
        }
        return 0;
    }
}
