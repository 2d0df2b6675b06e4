package dev.mocksy.examples.cli;

import dev.mocksy.interview.Answer;
import dev.mocksy.interview.InterviewSession;

/**
 * Where spoken answers come from in a voice interview: recorded WAV files or the microphone. The session transcribes
 * them and measures their delivery; a source only captures audio.
 */
interface VoiceInput extends AutoCloseable {

    /** What became of one attempt to hear the answer to the question just asked. */
    sealed interface Heard {}

    /** The answer was heard, transcribed and stored (not yet evaluated). */
    record Stored(Answer answer) implements Heard {}

    /** Nothing usable was heard; nothing was stored. */
    record NothingHeard() implements Heard {}

    /** There is no more to hear (the recorded answers ran out): the interview ends. */
    record NoMoreInput() implements Heard {}

    /** Captures the candidate's answer to the question just printed into the session. */
    Heard capture(InterviewSession session);

    @Override
    void close();
}
