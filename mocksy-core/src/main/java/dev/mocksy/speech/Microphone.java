package dev.mocksy.speech;

import dev.mocksy.UnsupportedInputException;
import java.util.ArrayList;
import java.util.List;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.DataLine;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.Mixer;
import javax.sound.sampled.TargetDataLine;

/**
 * Records 16-bit mono PCM from the default microphone through {@code javax.sound}, for hands-free answers.
 *
 * <pre>{@code
 * try (Microphone mic = Microphone.open(16000);
 *         HandsFreeAnswer answer = new HandsFreeAnswer(vosk, 16000, TurnSettings.DEFAULTS, listener)) {
 *     byte[] chunk = new byte[mic.chunkBytes()];
 *     while (!answer.finished()) {
 *         answer.accept(chunk, 0, mic.read(chunk));
 *     }
 * }
 * }</pre>
 *
 * <p>Not thread-safe: one thread reads it.
 */
public final class Microphone implements AutoCloseable {

    private final TargetDataLine line;
    private final int sampleRate;

    private Microphone(TargetDataLine line, int sampleRate) {
        this.line = line;
        this.sampleRate = sampleRate;
    }

    /**
     * Opens and starts the default microphone at {@code sampleRate}, 16-bit mono.
     *
     * @throws UnsupportedInputException when this machine has no microphone that records that format, or it is busy;
     *     the message lists the audio devices Java sees
     */
    public static Microphone open(int sampleRate) {
        return open(new AudioFormat(sampleRate, 16, 1, true, false));
    }

    static Microphone open(AudioFormat format) {
        DataLine.Info info = new DataLine.Info(TargetDataLine.class, format);
        if (!AudioSystem.isLineSupported(info)) {
            throw new UnsupportedInputException("no microphone records " + WavReader.describe(format) + " here"
                    + devices() + "; connect one, or answer with recorded WAV files instead");
        }
        try {
            TargetDataLine line = (TargetDataLine) AudioSystem.getLine(info);
            line.open(format);
            line.start();
            return new Microphone(line, Math.round(format.getSampleRate()));
        } catch (LineUnavailableException | SecurityException | IllegalArgumentException e) {
            throw new UnsupportedInputException(
                    "the microphone cannot be opened (" + e.getMessage() + "); close other programs using it", e);
        }
    }

    private static String devices() {
        List<String> names = new ArrayList<>();
        for (Mixer.Info mixer : AudioSystem.getMixerInfo()) {
            names.add(mixer.getName());
        }
        return names.isEmpty() ? " (Java sees no audio devices)" : " (Java sees: " + String.join(", ", names) + ")";
    }

    /** The sample rate being recorded. */
    public int sampleRate() {
        return sampleRate;
    }

    /** A chunk size of 100 ms, a good unit to read and feed. */
    public int chunkBytes() {
        return sampleRate / 10 * 2;
    }

    /** Blocks until {@code buffer} is full of audio (an even number of bytes) and returns how many bytes were read. */
    public int read(byte[] buffer) {
        return line.read(buffer, 0, buffer.length - buffer.length % 2);
    }

    @Override
    public void close() {
        line.stop();
        line.close();
    }
}
