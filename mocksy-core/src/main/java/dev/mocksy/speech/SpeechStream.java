package dev.mocksy.speech;

/**
 * One recognition in progress: feed PCM chunks as they arrive, read partial and final results, then finish.
 *
 * <p>Not thread-safe: one thread feeds a stream. Open one stream per speaker or answer; they may run in parallel.
 * Word times are seconds from the start of the stream.
 */
public interface SpeechStream extends AutoCloseable {

    /** The sample rate of the mono 16-bit PCM this stream expects. */
    int sampleRate();

    /**
     * Feeds a chunk of 16-bit little-endian mono PCM.
     *
     * @return the partial text of the current utterance, or a final segment when the recogniser closed one
     * @throws IllegalArgumentException when the chunk is not whole 16-bit samples
     * @throws IllegalStateException after {@link #finish()} or {@link #close()}
     */
    RecognitionUpdate accept(byte[] pcm, int offset, int length);

    /** Feeds a whole chunk; see {@link #accept(byte[], int, int)}. */
    default RecognitionUpdate accept(byte[] pcm) {
        return accept(pcm, 0, pcm.length);
    }

    /**
     * Ends the audio and returns everything recognised in the stream, all segments joined. Call {@link #close()}
     * afterwards (or use try-with-resources) to free the recogniser.
     *
     * @throws IllegalStateException when called twice or after {@link #close()}
     */
    Transcript finish();

    /** Frees the recogniser; safe to call more than once. */
    @Override
    void close();
}
