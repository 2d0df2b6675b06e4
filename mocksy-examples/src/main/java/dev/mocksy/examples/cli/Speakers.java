package dev.mocksy.examples.cli;

import dev.mocksy.speech.AudioClip;
import java.util.Optional;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.SourceDataLine;

/** Plays clips on the default audio output, when the machine has one. */
final class Speakers implements AutoCloseable {

    /** Set to {@code off} to write WAV files even where there are speakers (tests, recording a session). */
    static final String PROPERTY = "mocksy.speakers";

    private final SourceDataLine line;

    private Speakers(SourceDataLine line) {
        this.line = line;
    }

    /** The speakers for audio of this rate, or empty on a machine without an audio output (a server, a container). */
    static Optional<Speakers> open(int sampleRate) {
        if ("off".equalsIgnoreCase(System.getProperty(PROPERTY, ""))) {
            return Optional.empty();
        }
        AudioFormat format = new AudioFormat(sampleRate, 16, 1, true, false);
        try {
            SourceDataLine line = AudioSystem.getSourceDataLine(format);
            line.open(format, sampleRate); // half a second of buffer: synthesis of the next sentence overlaps playback
            line.start();
            return Optional.of(new Speakers(line));
        } catch (LineUnavailableException | IllegalArgumentException | SecurityException e) {
            return Optional.empty();
        }
    }

    /** Plays the clip; returns once it is queued (it may still be playing). */
    void play(AudioClip clip) {
        byte[] pcm = clip.pcm();
        line.write(pcm, 0, pcm.length);
    }

    /** Waits until everything queued has played. */
    void drain() {
        line.drain();
    }

    @Override
    public void close() {
        line.drain();
        line.close();
    }
}
