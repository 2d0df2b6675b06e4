package dev.mocksy.speech;

import java.util.Random;

/** Builds 16 kHz clips whose truth is exact: voiced stretches (harmonic tones), silences and noise at given times. */
final class SyntheticVoice {

    static final int RATE = 16000;

    private final float[] samples;

    SyntheticVoice(double seconds) {
        samples = new float[(int) Math.round(seconds * RATE)];
    }

    /** A voiced sound from {@code start} to {@code end} with a pitch gliding from {@code fromHz} to {@code toHz}. */
    SyntheticVoice voice(double start, double end, double fromHz, double toHz) {
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

    SyntheticVoice voice(double start, double end) {
        return voice(start, end, 150, 150);
    }

    /** Unpitched noise, like a breath or a chair creak. */
    SyntheticVoice noise(double start, double end) {
        Random random = new Random(7);
        for (int i = (int) Math.round(start * RATE); i < (int) Math.round(end * RATE); i++) {
            samples[i] = (float) (0.2 * (random.nextDouble() * 2 - 1));
        }
        return this;
    }

    AudioClip clip() {
        short[] pcm = new short[samples.length];
        for (int i = 0; i < samples.length; i++) {
            pcm[i] = AudioConverter.toShort(samples[i]);
        }
        return new AudioClip(AudioConverter.bytes(pcm), RATE, 1);
    }
}
