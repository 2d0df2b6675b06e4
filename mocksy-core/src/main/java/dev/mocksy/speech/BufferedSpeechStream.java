package dev.mocksy.speech;

import java.io.ByteArrayOutputStream;
import java.util.Objects;

/** A stream for recognisers that only transcribe whole clips: it collects the audio and transcribes it at the end. */
final class BufferedSpeechStream implements SpeechStream {

    private final SpeechToText recognizer;
    private final int sampleRate;
    private final ByteArrayOutputStream audio = new ByteArrayOutputStream();
    private boolean open = true;

    BufferedSpeechStream(SpeechToText recognizer, int sampleRate) {
        if (sampleRate < 8000 || sampleRate > 48000) {
            throw new IllegalArgumentException("sampleRate must be 8000-48000 Hz, got " + sampleRate);
        }
        this.recognizer = Objects.requireNonNull(recognizer, "recognizer");
        this.sampleRate = sampleRate;
    }

    @Override
    public int sampleRate() {
        return sampleRate;
    }

    @Override
    public RecognitionUpdate accept(byte[] pcm, int offset, int length) {
        requireOpen();
        PcmChunks.check(pcm, offset, length);
        audio.write(pcm, offset, length);
        return RecognitionUpdate.none();
    }

    @Override
    public Transcript finish() {
        requireOpen();
        open = false;
        return recognizer.transcribe(new AudioClip(audio.toByteArray(), sampleRate, 1));
    }

    @Override
    public void close() {
        open = false;
    }

    private void requireOpen() {
        if (!open) {
            throw new IllegalStateException("the stream is finished or closed; open a new one");
        }
    }
}
