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

    /** Measures a clip that starts as the question ends, in a realistic interview. */
    default DeliveryMetrics analyze(AudioClip audio, Transcript transcript) {
        return analyze(DeliveryRequest.of(audio, transcript));
    }
}
