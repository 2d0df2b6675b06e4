package dev.mocksy.speech;

import java.util.Random;

/** Builds 16 kHz clips whose truth is exact: voiced stretches (harmonic tones), silences and noise at given times. */
public final class SyntheticVoice {

    public static final int RATE = 16000;

    private final float[] samples;

    public SyntheticVoice(double seconds) {
        samples = new float[(int) Math.round(seconds * RATE)];
    }

    /** A voiced sound from {@code start} to {@code end} with a pitch gliding from {@code fromHz} to {@code toHz}. */
    public SyntheticVoice voice(double start, double end, double fromHz, double toHz) {
        double phase = 0;
        int first = (int) Math.round(start * RATE);
        int last = (int) Math.round(end * RATE);
        for (int i = first; i < last; i++) {
            double progress = (double) (i - first) / Math.max(1, last - first);
            double frequency = fromHz + (toHz - fromHz) * progress;
            phase += 2 * Math.PI * frequency / RATE;
            double value = 0;
            for (int harmonic = 1; harmonic <= 5; harmonic++) {
                value += Math.sin(harmonic * phase) / harmonic;
            }
            samples[i] = (float) (0.2 * value);
        }
        return this;
    }

    public SyntheticVoice voice(double start, double end) {
        return voice(start, end, 150, 150);
    }

    /** Unpitched noise, like a breath or a chair creak. */
    public SyntheticVoice noise(double start, double end) {
        return noise(start, end, 0.2);
    }

    /** Unpitched noise of the given peak amplitude (0-1), added to what is there. */
    public SyntheticVoice noise(double start, double end, double amplitude) {
        Random random = new Random(7);
        for (int i = (int) Math.round(start * RATE); i < Math.min(samples.length, (int) Math.round(end * RATE)); i++) {
            samples[i] += (float) (amplitude * (random.nextDouble() * 2 - 1));
        }
        return this;
    }

    public AudioClip clip() {
        short[] pcm = new short[samples.length];
        for (int i = 0; i < samples.length; i++) {
            pcm[i] = AudioConverter.toShort(samples[i]);
        }
        return new AudioClip(AudioConverter.bytes(pcm), RATE, 1);
    }
}
