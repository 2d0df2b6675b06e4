package dev.mocksy.speech;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;

/** Writes {@link AudioClip}s as 16-bit PCM WAV, e.g. to upload them to a transcription API. */
public final class WavWriter {

    private WavWriter() {}

    /** The clip as the bytes of a WAV file. */
    public static byte[] toBytes(AudioClip clip) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(clip.pcm().length + 44);
        try (AudioInputStream stream = stream(clip)) {
            AudioSystem.write(stream, AudioFileFormat.Type.WAVE, out);
        } catch (IOException e) {
            throw new UncheckedIOException("writing WAV to memory failed", e);
        }
        return out.toByteArray();
    }

    /**
     * Writes the clip to a WAV file, replacing it.
     *
     * @throws UncheckedIOException when the file cannot be written
     */
    public static void write(AudioClip clip, Path file) {
        try (AudioInputStream stream = stream(clip)) {
            AudioSystem.write(stream, AudioFileFormat.Type.WAVE, file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private static AudioInputStream stream(AudioClip clip) {
        AudioFormat format = new AudioFormat(clip.sampleRate(), 16, clip.channels(), true, false);
        byte[] pcm = clip.pcm();
        return new AudioInputStream(new ByteArrayInputStream(pcm), format, pcm.length / format.getFrameSize());
    }
}
