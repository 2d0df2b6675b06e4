package dev.mocksy.speech;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Objects;

/**
 * Down-mixes and resamples {@link AudioClip}s into what a recogniser needs, by default 16 kHz mono.
 *
 * <p>Resampling uses a Hann-windowed sinc low-pass filter (cut-off just under the lower Nyquist frequency), so
 * 44.1 or 48 kHz recordings lose their high band instead of folding it back into the speech band as aliasing.
 */
public final class AudioConverter {

    /** The sample rate speech recognisers such as Vosk and Whisper are trained on. */
    public static final int RECOGNIZER_RATE = 16_000;

    /** Zero crossings of the sinc kernel on each side: a compromise between sharpness and cost. */
    private static final int ZERO_CROSSINGS = 12;

    /** Kernel table entries per input sample; linear interpolation between them. */
    private static final int TABLE_RESOLUTION = 256;

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

    /** Resamples 16-bit samples with a windowed-sinc filter. */
    static short[] resample(short[] input, int fromRate, int toRate) {
        double ratio = (double) toRate / fromRate;
        // Below 1 when downsampling: the filter must cut at the output's Nyquist frequency, slightly under it.
        double cutoff = Math.min(1.0, ratio) * 0.95;
        double radius = ZERO_CROSSINGS / cutoff;
        float[] kernel = kernelTable(cutoff, radius);
        int outputLength = (int) Math.floor(input.length * ratio);
        short[] output = new short[outputLength];
        for (int i = 0; i < outputLength; i++) {
            double position = i / ratio;
            int first = (int) Math.ceil(position - radius);
            int last = (int) Math.floor(position + radius);
            double sum = 0;
            double weights = 0;
            for (int j = Math.max(0, first); j <= Math.min(input.length - 1, last); j++) {
                double distance = Math.abs(position - j) * TABLE_RESOLUTION;
                int index = (int) distance;
                if (index + 1 >= kernel.length) {
                    continue;
                }
                double fraction = distance - index;
                double weight = kernel[index] + (kernel[index + 1] - kernel[index]) * fraction;
                sum += weight * input[j];
                weights += weight;
            }
            output[i] = clampToShort(weights == 0 ? 0 : sum / weights);
        }
        return output;
    }

    private static float[] kernelTable(double cutoff, double radius) {
        int size = (int) Math.ceil(radius * TABLE_RESOLUTION) + 2;
        float[] table = new float[size];
        for (int k = 0; k < size; k++) {
            double x = (double) k / TABLE_RESOLUTION;
            if (x >= radius) {
                table[k] = 0f;
                continue;
            }
            double sinc = x == 0 ? 1.0 : Math.sin(Math.PI * x * cutoff) / (Math.PI * x * cutoff);
            double window = 0.5 + 0.5 * Math.cos(Math.PI * x / radius);
            table[k] = (float) (cutoff * sinc * window);
        }
        return table;
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
        return (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, Math.round(value)));
    }
}
