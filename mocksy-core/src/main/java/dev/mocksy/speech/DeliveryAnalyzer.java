package dev.mocksy.speech;

/**
 * Measures how an answer was delivered from its audio and transcript: observable measures only.
 *
 * <pre>{@code
 * DeliveryMetrics metrics = new AcousticDeliveryAnalyzer().analyze(
 *         DeliveryRequest.of(clip, transcript).in(DeliveryContext.PRACTICE));
 * metrics.guidance().forEach(System.out::println);
 * }</pre>
 */
public interface DeliveryAnalyzer {

    /** Measures the delivery of one spoken answer. */
    DeliveryMetrics analyze(DeliveryRequest request);

    /**
     * Opens a meter for 16-bit mono PCM at {@code sampleRate}, fed while the audio arrives. Analysers that need the
     * whole clip keep the audio and analyse it on {@link DeliveryMeter#finish}; the default one does not.
     *
     * @throws IllegalArgumentException when the sample rate is outside 8000-48000 Hz
     */
    default DeliveryMeter openMeter(int sampleRate) {
        return new BufferedDeliveryMeter(this, sampleRate);
    }

    /** Measures a clip that starts as the question ends, in a realistic interview. */
    default DeliveryMetrics analyze(AudioClip audio, Transcript transcript) {
        return analyze(DeliveryRequest.of(audio, transcript));
    }
}
