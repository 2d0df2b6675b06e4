package dev.mocksy.examples.cli;

import dev.mocksy.speech.DeliveryContext;
import dev.mocksy.speech.SpokenAnswer;
import dev.mocksy.speech.VoiceAnswers;
import dev.mocksy.speech.WavReader;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/** {@code --voice FILE...}: one recorded WAV file per question asked, follow-ups included, in order. */
final class WavFileAnswers implements VoiceInput {

    private final Deque<Path> files;
    private final Supplier<VoiceAnswers> voice;
    private final PrintStream out;
    private VoiceAnswers loaded;

    private WavFileAnswers(List<Path> files, Supplier<VoiceAnswers> voice, PrintStream out) {
        this.files = new ArrayDeque<>(files);
        this.voice = voice;
        this.out = out;
    }

    /**
     * Checks every file before the interview starts, so that a typo in the last file name does not end an interview
     * half-way; the recogniser is loaded on the first answer.
     *
     * @throws dev.mocksy.UnsupportedInputException naming the first file that is missing or not a supported WAV file
     */
    static WavFileAnswers open(List<Path> files, Supplier<VoiceAnswers> voice, PrintStream out) {
        Objects.requireNonNull(voice, "voice");
        if (files.isEmpty()) {
            throw new IllegalArgumentException("--voice needs at least one WAV file");
        }
        files.forEach(WavReader::read);
        return new WavFileAnswers(files, voice, out);
    }

    @Override
    public Optional<SpokenAnswer> next(DeliveryContext context) {
        Path file = files.poll();
        if (file == null) {
            return Optional.empty();
        }
        out.println("Answering with " + file);
        if (loaded == null) {
            loaded = voice.get();
        }
        return Optional.of(loaded.fromWav(file, context));
    }

    @Override
    public void close() {
        // the recogniser's model is shared and cached; nothing of this source's own to release
    }
}
