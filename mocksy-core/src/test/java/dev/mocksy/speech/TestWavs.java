package dev.mocksy.speech;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/** Builds WAV bytes by hand so tests control every header field, including formats Mocksy refuses. */
final class TestWavs {

    private TestWavs() {}

    static byte[] wav(int formatTag, int channels, int sampleRate, int bits, byte[] data) {
        int blockAlign = channels * bits / 8;
        ByteBuffer buffer = ByteBuffer.allocate(44 + data.length).order(ByteOrder.LITTLE_ENDIAN);
        buffer.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(36 + data.length);
        buffer.put("WAVE".getBytes(StandardCharsets.US_ASCII));
        buffer.put("fmt ".getBytes(StandardCharsets.US_ASCII)).putInt(16);
        buffer.putShort((short) formatTag).putShort((short) channels).putInt(sampleRate);
        buffer.putInt(sampleRate * blockAlign).putShort((short) blockAlign).putShort((short) bits);
        buffer.put("data".getBytes(StandardCharsets.US_ASCII))
                .putInt(data.length)
                .put(data);
        return buffer.array();
    }

    /** A sine tone as 16-bit samples. */
    static short[] sine(double frequency, int sampleRate, double seconds, double amplitude) {
        short[] samples = new short[(int) Math.round(sampleRate * seconds)];
        for (int i = 0; i < samples.length; i++) {
            samples[i] = (short) Math.round(amplitude * 32767 * Math.sin(2 * Math.PI * frequency * i / sampleRate));
        }
        return samples;
    }

    static byte[] floats(float... samples) {
        ByteBuffer buffer = ByteBuffer.allocate(samples.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        for (float sample : samples) {
            buffer.putFloat(sample);
        }
        return buffer.array();
    }

    /** The dominant frequency of a tone, estimated from zero crossings. */
    static double zeroCrossingFrequency(short[] samples, int sampleRate) {
        int crossings = 0;
        for (int i = 1; i < samples.length; i++) {
            if ((samples[i - 1] < 0) != (samples[i] < 0)) {
                crossings++;
            }
        }
        return crossings / 2.0 / (samples.length / (double) sampleRate);
    }

    static double rms(short[] samples) {
        double sum = 0;
        for (short sample : samples) {
            sum += (double) sample * sample;
        }
        return Math.sqrt(sum / samples.length);
    }
}
