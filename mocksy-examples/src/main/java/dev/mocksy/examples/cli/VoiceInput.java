package dev.mocksy.examples.cli;

import dev.mocksy.interview.InterviewMode;
import dev.mocksy.speech.DeliveryContext;
import dev.mocksy.speech.SpokenAnswer;
import java.util.Optional;

/** Where spoken answers come from in a voice interview: recorded WAV files or the microphone. */
interface VoiceInput extends AutoCloseable {

    /**
     * The candidate's spoken answer to the question just printed, transcribed and measured; empty when there is no
     * more to hear (the recorded answers ran out), which ends the interview.
     */
    Optional<SpokenAnswer> next(DeliveryContext context);

    @Override
    void close();

    /** How delivery is measured in a plan's mode: practice shows a coarse label, a realistic interview does not. */
    static DeliveryContext contextFor(InterviewMode mode) {
        return mode == InterviewMode.PRACTICE ? DeliveryContext.PRACTICE : DeliveryContext.REALISTIC;
    }
}
