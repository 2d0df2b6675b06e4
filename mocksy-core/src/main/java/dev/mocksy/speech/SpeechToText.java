package dev.mocksy.speech;

/**
 * Turns speech into text, for a whole clip or as a stream of chunks.
 *
 * <pre>{@code
 * Transcript transcript = speechToText.transcribe(WavReader.read(Path.of("answer.wav")));
 * try (SpeechStream stream = speechToText.openStream(16000)) {
 *     RecognitionUpdate update = stream.accept(chunk, 0, chunk.length); // partial or final text
 *     Transcript whole = stream.finish();
 * }
 * }</pre>
 *
 * <p>Implementations are thread-safe: one instance serves many streams and calls at once; each {@link SpeechStream}
 * is used by one thread at a time.
 */
public interface SpeechToText {

    /**
     * Transcribes a whole clip of any supported rate and channel count.
     *
     * @throws dev.mocksy.UnsupportedInputException when the audio format cannot be recognised
     * @throws dev.mocksy.ProviderException when the recogniser fails
     */
    Transcript transcribe(AudioClip audio);

    /**
     * Opens a stream for 16-bit little-endian mono PCM at {@code sampleRate}. Recognisers that cannot stream buffer
     * the audio and transcribe it on {@link SpeechStream#finish()}, so they give no partial results.
     *
     * @throws IllegalArgumentException when the sample rate is outside 8000-48000 Hz
     */
    default SpeechStream openStream(int sampleRate) {
        return new BufferedSpeechStream(this, sampleRate);
    }

    /**
     * Opens a stream for recorded audio that nobody watches while it is transcribed (a file): recognisers may skip
     * their partial results, which cost time on long recordings. By default the same as {@link #openStream}.
     *
     * @throws IllegalArgumentException when the sample rate is outside 8000-48000 Hz
     */
    default SpeechStream openRecordingStream(int sampleRate) {
        return openStream(sampleRate);
    }

    /** Whether {@link #openStream} gives partial and final results while audio arrives, not only at the end. */
    default boolean streams() {
        return false;
    }
}
