package dev.mocksy.speech;

import dev.mocksy.UnsupportedInputException;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;

/**
 * A WAV recording read window by window, so that its length costs no memory: open it with {@link WavReader#open}.
 *
 * <pre>{@code
 * try (WavStream wav = WavReader.open(Path.of("interview.wav"))) {
 *     for (AudioClip window = wav.next(wav.sampleRate()); window != null; window = wav.next(wav.sampleRate())) {
 *         // one second of 16-bit PCM at the file's rate and channels
 *     }
 * }
 * }</pre>
 *
 * <p>Not thread-safe.
 */
public final class WavStream implements Closeable {

    private final AudioInputStream audio;
    private final AudioFormat format;
    private final String name;
    private final int frameBytes;
    private InputStream owned;
    private byte[] buffer = new byte[0];
    private long frames;

    WavStream(AudioInputStream audio, AudioFormat format, String name) {
        this.audio = audio;
        this.format = format;
        this.name = name;
        this.frameBytes = format.getFrameSize();
    }

    /** This stream, closing {@code input} too when it is closed. */
    WavStream closing(InputStream input) {
        this.owned = input;
        return this;
    }

    /** Samples per second per channel. */
    public int sampleRate() {
        return Math.round(format.getSampleRate());
    }

    /** 1 for mono, 2 for stereo. */
    public int channels() {
        return format.getChannels();
    }

    /** Seconds of audio returned so far. */
    public double secondsRead() {
        return frames / (double) sampleRate();
    }

    /**
     * The next window of at most {@code maxFrames} frames as 16-bit PCM at the file's rate and channels, or
     * {@code null} at the end. A file cut short ends at its last whole frame.
     *
     * @throws UnsupportedInputException when the file cannot be read further
     */
    public AudioClip next(int maxFrames) {
        if (maxFrames < 1) {
            throw new IllegalArgumentException("maxFrames must be at least 1, got " + maxFrames);
        }
        int wanted = Math.multiplyExact(maxFrames, frameBytes);
        if (buffer.length < wanted) {
            buffer = new byte[wanted];
        }
        int length;
        try {
            length = audio.readNBytes(buffer, 0, wanted);
        } catch (IOException e) {
            throw new UnsupportedInputException("cannot read " + name + ": " + e.getMessage(), e);
        }
        int whole = length - length % frameBytes;
        if (whole == 0) {
            return null;
        }
        frames += whole / frameBytes;
        return new AudioClip(WavReader.toPcm16(buffer, whole, format), sampleRate(), channels());
    }

    @Override
    public void close() {
        if (owned == null) {
            return; // the caller's stream stays open, as documented
        }
        try {
            owned.close();
        } catch (IOException e) {
            // Nothing was written: a failure to close a file that was only read loses nothing.
        }
    }
}
