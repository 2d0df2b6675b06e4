package dev.mocksy.speech;

import java.util.Objects;

/**
 * One answer to measure.
 *
 * @param audio the answer's audio
 * @param transcript what a recogniser heard in it; word timings make the filler and rate measures sharper
 * @param questionEndSeconds when the question finished, in seconds from the clip's start (0 when the clip starts as
 *     the question ends); response latency is measured from here to the first word
 * @param context what may be computed; see {@link DeliveryContext}
 */
public record DeliveryRequest(
        AudioClip audio, Transcript transcript, double questionEndSeconds, DeliveryContext context) {

    public DeliveryRequest {
        Objects.requireNonNull(audio, "audio");
        Objects.requireNonNull(transcript, "transcript");
        Objects.requireNonNull(context, "context");
        if (!(questionEndSeconds >= 0)) {
            throw new IllegalArgumentException("questionEndSeconds must be >= 0, got " + questionEndSeconds);
        }
    }

    /** A clip that starts when the question ended, measured for a realistic interview. */
    public static DeliveryRequest of(AudioClip audio, Transcript transcript) {
        return new DeliveryRequest(audio, transcript, 0, DeliveryContext.REALISTIC);
    }

    /** This request in another context. */
    public DeliveryRequest in(DeliveryContext newContext) {
        return new DeliveryRequest(audio, transcript, questionEndSeconds, newContext);
    }

    /** This request with the question ending {@code seconds} into the clip. */
    public DeliveryRequest questionEndingAt(double seconds) {
        return new DeliveryRequest(audio, transcript, seconds, context);
    }
}
