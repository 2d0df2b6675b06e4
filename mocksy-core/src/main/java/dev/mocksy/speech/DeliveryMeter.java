package dev.mocksy.speech;

/**
 * One answer's delivery measured while its audio arrives, so that a long recording need not be held in memory: feed
 * 16-bit mono PCM window by window, then {@link #finish} with what the recogniser heard.
 *
 * <pre>{@code
 * DeliveryMeter meter = analyzer.openMeter(16000);
 * meter.accept(window, 0, window.length);            // as often as needed
 * DeliveryMetrics metrics = meter.finish(transcript, 0, DeliveryContext.PRACTICE);
 * }</pre>
 *
 * <p>Not thread-safe: one thread feeds a meter.
 */
public interface DeliveryMeter {

    /** The sample rate of the mono 16-bit little-endian PCM this meter expects. */
    int sampleRate();

    /**
     * Feeds a chunk of 16-bit little-endian mono PCM.
     *
     * @throws IllegalArgumentException when the chunk is not whole 16-bit samples
     * @throws IllegalStateException after {@link #finish}
     */
    void accept(byte[] pcm, int offset, int length);

    /**
     * Ends the audio and measures it against the transcript of the same audio.
     *
     * @param questionEndSeconds when the question finished, in seconds from the audio's start
     * @throws IllegalStateException when called twice
     */
    DeliveryMetrics finish(Transcript transcript, double questionEndSeconds, DeliveryContext context);
}
