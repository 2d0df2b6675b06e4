package dev.mocksy.speech;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Objects;

/**
 * Down-mixes and resamples {@link AudioClip}s into what a recogniser needs, by default 16 kHz mono.
 *
 * <p>Resampling is {@link StreamingResampler}'s windowed-sinc filter run over the whole clip; long recordings are
 * better converted window by window through it.
 */
public final class AudioConverter {

    /** The sample rate speech recognisers such as Vosk and Whisper are trained on. */
    public static final int RECOGNIZER_RATE = 16_000;

    private AudioConverter() {}

    /** The clip as 16 kHz mono, converting only what differs. */
    public static AudioClip forRecognizer(AudioClip clip) {
        return resample(toMono(clip), RECOGNIZER_RATE);
    }

    /** The clip with its channels averaged into one; a mono clip is returned as is. */
    public static AudioClip toMono(AudioClip clip) {
        Objects.requireNonNull(clip, "clip");
        if (clip.channels() == 1) {
            return clip;
        }
        short[] interleaved = samples(clip.pcm());
        short[] mono = new short[interleaved.length / 2];
        for (int i = 0; i < mono.length; i++) {
            mono[i] = (short) ((interleaved[2 * i] + interleaved[2 * i + 1]) / 2);
        }
        return new AudioClip(bytes(mono), clip.sampleRate(), 1);
    }

    /**
     * The mono clip at another sample rate.
     *
     * @throws IllegalArgumentException when the clip is stereo (call {@link #toMono} first) or the rate is outside
     *     8000-48000 Hz
     */
    public static AudioClip resample(AudioClip clip, int targetRate) {
        Objects.requireNonNull(clip, "clip");
        if (clip.channels() != 1) {
            throw new IllegalArgumentException("resample needs mono audio; call toMono first");
        }
        if (targetRate < 8000 || targetRate > 48000) {
            throw new IllegalArgumentException("targetRate must be 8000-48000 Hz, got " + targetRate);
        }
        if (clip.sampleRate() == targetRate) {
            return clip;
        }
        short[] resampled = resample(samples(clip.pcm()), clip.sampleRate(), targetRate);
        return new AudioClip(bytes(resampled), targetRate, 1);
    }

    /** Resamples 16-bit samples with a windowed-sinc filter, all at once. */
    static short[] resample(short[] input, int fromRate, int toRate) {
        StreamingResampler resampler = new StreamingResampler(fromRate, toRate);
        short[] body = resampler.accept(input);
        short[] tail = resampler.finish();
        short[] output = java.util.Arrays.copyOf(body, body.length + tail.length);
        System.arraycopy(tail, 0, output, body.length, tail.length);
        return output;
    }

    /** The 16-bit little-endian samples of PCM bytes. */
    public static short[] samples(byte[] pcm) {
        short[] samples = new short[pcm.length / 2];
        ByteBuffer.wrap(pcm).order(ByteOrder.LITTLE_ENDIAN).asShortBuffer().get(samples);
        return samples;
    }

    /** Mono samples as floats in [-1, 1), for analysis. */
    public static float[] floatSamples(AudioClip clip) {
        short[] samples = samples(toMono(clip).pcm());
        float[] floats = new float[samples.length];
        for (int i = 0; i < samples.length; i++) {
            floats[i] = samples[i] / 32768f;
        }
        return floats;
    }

    /** 16-bit samples as little-endian PCM bytes. */
    public static byte[] bytes(short[] samples) {
        ByteBuffer buffer = ByteBuffer.allocate(samples.length * 2).order(ByteOrder.LITTLE_ENDIAN);
        buffer.asShortBuffer().put(samples);
        return buffer.array();
    }

    /** A float sample in [-1, 1] as a 16-bit sample, clipping what lies outside. */
    static short toShort(float sample) {
        return clampToShort(sample * 32768.0);
    }

    private static short clampToShort(double value) {
        return StreamingResampler.clampToShort(value);
    }
}
