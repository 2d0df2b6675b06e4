package dev.mocksy.examples.cli;

import dev.mocksy.InvalidAnswerException;
import dev.mocksy.interview.InterviewSession;
import dev.mocksy.speech.WavReader;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/** {@code --voice FILE...}: one recorded WAV file per question asked, follow-ups included, in order. */
final class WavFileAnswers implements VoiceInput {

    private final Deque<Path> files;
    private final PrintStream out;

    private WavFileAnswers(List<Path> files, PrintStream out) {
        this.files = new ArrayDeque<>(files);
        this.out = out;
    }

    /**
     * Checks every file before the interview starts, so that a typo in the last file name does not end an interview
     * half-way.
     *
     * @throws dev.mocksy.UnsupportedInputException naming the first file that is missing or not a supported WAV file
     */
    static WavFileAnswers open(List<Path> files, PrintStream out) {
        if (files.isEmpty()) {
            throw new IllegalArgumentException("--voice needs at least one WAV file");
        }
        files.forEach(WavReader::read);
        return new WavFileAnswers(files, out);
    }

    @Override
    public Heard capture(InterviewSession session) {
        Path file = files.poll();
        if (file == null) {
            return new NoMoreInput();
        }
        out.println("Answering with " + file);
        try {
            return new Stored(session.receiveSpokenAnswer(WavReader.read(file)));
        } catch (InvalidAnswerException nothingRecognised) {
            return new NothingHeard();
        }
    }

    @Override
    public void close() {
        // the files are read whole per answer; nothing stays open
    }
}
