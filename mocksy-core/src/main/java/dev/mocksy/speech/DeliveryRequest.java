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

    /** A builder for {@link DeliveryRequest}; every field is checked when {@link Builder#build()} runs. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this value's fields, to change some of them. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Builds a {@link DeliveryRequest}. */
    public static final class Builder {
        private AudioClip audio;
        private Transcript transcript;
        private double questionEndSeconds;
        private DeliveryContext context;

        private Builder() {}

        private Builder(DeliveryRequest source) {
            audio = source.audio;
            transcript = source.transcript;
            questionEndSeconds = source.questionEndSeconds;
            context = source.context;
        }

        public Builder audio(AudioClip audio) {
            this.audio = audio;
            return this;
        }

        public Builder transcript(Transcript transcript) {
            this.transcript = transcript;
            return this;
        }

        public Builder questionEndSeconds(double questionEndSeconds) {
            this.questionEndSeconds = questionEndSeconds;
            return this;
        }

        public Builder context(DeliveryContext context) {
            this.context = context;
            return this;
        }

        /**
         * Builds the value.
         *
         * @throws IllegalArgumentException or {@link NullPointerException} naming the field that is missing or
         *     out of range
         */
        public DeliveryRequest build() {
            return new DeliveryRequest(audio, transcript, questionEndSeconds, context);
        }
    }
}
