package dev.mocksy.speech;

import java.io.ByteArrayOutputStream;
import java.util.Objects;

/** The meter of an analyser that needs the whole clip: it keeps the audio and analyses it on {@link #finish}. */
final class BufferedDeliveryMeter implements DeliveryMeter {

    private final DeliveryAnalyzer analyzer;
    private final int sampleRate;
    private final ByteArrayOutputStream audio = new ByteArrayOutputStream();
    private boolean finished;

    BufferedDeliveryMeter(DeliveryAnalyzer analyzer, int sampleRate) {
        if (sampleRate < 8000 || sampleRate > 48000) {
            throw new IllegalArgumentException("sampleRate must be 8000-48000 Hz, got " + sampleRate);
        }
        this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
        this.sampleRate = sampleRate;
    }

    @Override
    public int sampleRate() {
        return sampleRate;
    }

    @Override
    public void accept(byte[] pcm, int offset, int length) {
        requireOpen();
        PcmChunks.check(pcm, offset, length);
        audio.write(pcm, offset, length);
    }

    @Override
    public DeliveryMetrics finish(Transcript transcript, double questionEndSeconds, DeliveryContext context) {
        requireOpen();
        finished = true;
        AudioClip clip = new AudioClip(audio.toByteArray(), sampleRate, 1);
        return analyzer.analyze(new DeliveryRequest(clip, transcript, questionEndSeconds, context));
    }

    private void requireOpen() {
        if (finished) {
            throw new IllegalStateException("the meter is finished; open a new one");
        }
    }
}
