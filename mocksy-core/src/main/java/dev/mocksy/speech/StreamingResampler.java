package dev.mocksy.speech;

import java.util.Arrays;

/**
 * Resamples 16-bit mono audio that arrives in pieces, keeping only the few input samples the filter still needs, so
 * an hour of audio is converted in constant memory. The output is the same, sample for sample, as converting the
 * whole recording at once ({@link AudioConverter#resample(AudioClip, int)} runs through this class).
 *
 * <p>A Hann-windowed sinc low-pass filter (cut-off just under the lower Nyquist frequency), so 44.1 or 48 kHz
 * recordings lose their high band instead of folding it back into the speech band as aliasing. Not thread-safe.
 */
public final class StreamingResampler {

    /** Zero crossings of the sinc kernel on each side: a compromise between sharpness and cost. */
    private static final int ZERO_CROSSINGS = 12;

    /** Kernel table entries per input sample; linear interpolation between them. */
    private static final int TABLE_RESOLUTION = 256;

    private final double ratio;
    private final double radius;
    private final float[] kernel;
    private final boolean passThrough;

    /** Input samples kept, the first of them at absolute index {@code bufferStart}. */
    private short[] buffer = new short[0];

    private int buffered;
    private long bufferStart;
    private long received;
    private long produced;
    private boolean finished;

    /**
     * @throws IllegalArgumentException when a rate is outside 8000-48000 Hz
     */
    public StreamingResampler(int fromRate, int toRate) {
        requireRate(fromRate, "fromRate");
        requireRate(toRate, "toRate");
        this.passThrough = fromRate == toRate;
        this.ratio = (double) toRate / fromRate;
        // Below 1 when downsampling: the filter must cut at the output's Nyquist frequency, slightly under it.
        double cutoff = Math.min(1.0, ratio) * 0.95;
        this.radius = ZERO_CROSSINGS / cutoff;
        this.kernel = kernelTable(cutoff, radius);
    }

    /** Feeds the next input samples and returns the output samples they complete (possibly none). */
    public short[] accept(short[] input) {
        if (finished) {
            throw new IllegalStateException("the resampler is finished");
        }
        if (passThrough) {
            received += input.length;
            return input.clone();
        }
        append(input);
        received += input.length;
        return produce(false);
    }

    /** Ends the input and returns the last output samples, which needed the samples after them. */
    public short[] finish() {
        if (finished) {
            throw new IllegalStateException("the resampler is finished");
        }
        finished = true;
        return passThrough ? new short[0] : produce(true);
    }

    private short[] produce(boolean atEnd) {
        long total = atEnd ? (long) Math.floor(received * ratio) : Long.MAX_VALUE;
        short[] output = new short[(int) Math.min(Integer.MAX_VALUE - 8, Math.ceil(buffered * ratio) + 2)];
        int count = 0;
        while (produced < total) {
            double position = produced / ratio;
            long last = (long) Math.floor(position + radius);
            if (!atEnd && last >= received) {
                break; // the filter needs input that has not arrived yet
            }
            if (count == output.length) {
                output = Arrays.copyOf(output, output.length * 2 + 16);
            }
            output[count++] = sample(position, (long) Math.ceil(position - radius), last);
            produced++;
        }
        discardBefore((long) Math.ceil(produced / ratio - radius));
        return count == output.length ? output : Arrays.copyOf(output, count);
    }

    /** One output sample: the weighted input inside the kernel's reach, as far as the input goes. */
    private short sample(double position, long first, long last) {
        double sum = 0;
        double weights = 0;
        long from = Math.max(Math.max(0, first), bufferStart);
        long to = Math.min(received - 1, last);
        for (long j = from; j <= to; j++) {
            double distance = Math.abs(position - j) * TABLE_RESOLUTION;
            int index = (int) distance;
            if (index + 1 >= kernel.length) {
                continue;
            }
            double fraction = distance - index;
            double weight = kernel[index] + (kernel[index + 1] - kernel[index]) * fraction;
            sum += weight * buffer[(int) (j - bufferStart)];
            weights += weight;
        }
        return clampToShort(weights == 0 ? 0 : sum / weights);
    }

    private void append(short[] input) {
        if (buffered + input.length > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(buffered + input.length, buffer.length * 2));
        }
        System.arraycopy(input, 0, buffer, buffered, input.length);
        buffered += input.length;
    }

    private void discardBefore(long index) {
        int drop = (int) Math.max(0, Math.min(buffered, index - bufferStart));
        if (drop > 0) {
            System.arraycopy(buffer, drop, buffer, 0, buffered - drop);
            buffered -= drop;
            bufferStart += drop;
        }
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

    private static void requireRate(int rate, String name) {
        if (rate < 8000 || rate > 48000) {
            throw new IllegalArgumentException(name + " must be 8000-48000 Hz, got " + rate);
        }
    }

    static short clampToShort(double value) {
        return (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, Math.round(value)));
    }
}
