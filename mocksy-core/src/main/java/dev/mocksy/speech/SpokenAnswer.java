package dev.mocksy.speech;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.Objects;

/**
 * A spoken answer: what was said and how.
 *
 * @param transcript what the recogniser heard
 * @param delivery how it was delivered
 */
public record SpokenAnswer(Transcript transcript, DeliveryMetrics delivery) {

    public SpokenAnswer {
        Objects.requireNonNull(transcript, "transcript");
        Objects.requireNonNull(delivery, "delivery");
    }

    /** The answer's text for the interview session; empty when nothing was recognised. */
    public String text() {
        return transcript.text().strip();
    }

    /** Whether nothing was recognised, in which case the candidate should be asked to say it again. */
    @JsonIgnore
    public boolean isBlank() {
        return transcript.isBlank();
    }
}
