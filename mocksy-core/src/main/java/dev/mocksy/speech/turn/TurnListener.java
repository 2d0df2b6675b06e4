package dev.mocksy.speech.turn;

import dev.mocksy.speech.Transcript;
import java.time.Duration;

/**
 * Receives the signals of hands-free listening; every method has an empty default. Called on the thread that feeds
 * the audio, in audio order. {@code atSeconds} is audio time since listening started.
 *
 * <p>How an interview session maps them: the question has been spoken, so call {@code listen()} before feeding audio;
 * {@link #partialText} is {@code draft(text)}; {@link #answerCompleted} is {@code receiveAnswer(text)};
 * {@link #clarificationNeeded} speaks the prompt and keeps listening; {@link #bargeIn} stops the interviewer's audio.
 */
public interface TurnListener {

    /** The candidate started speaking. */
    default void speechStarted(double atSeconds) {}

    /** The recogniser's text of the answer so far, finished segments and the utterance in progress. */
    default void partialText(String textSoFar) {}

    /** The candidate asked for time ("let me think"): the wait is extended. */
    default void thinkingNoticed(String phrase, Duration patience, double atSeconds) {}

    /** A natural pause in a long answer: a good moment for the interviewer to say {@code cue}, e.g. "mhm". */
    default void backchannel(String cue, double atSeconds) {}

    /** The candidate spoke while the interviewer was talking: stop the interviewer's audio. */
    default void bargeIn(double atSeconds) {}

    /** The answer is over ({@code reason}); the audio side is done. */
    default void turnEnded(EndOfTurn reason, double atSeconds) {}

    /** Nothing usable was heard: say {@code prompt} and listen again. */
    default void clarificationNeeded(String prompt, Transcript heard) {}

    /** The answer was heard: hand {@code transcript.text()} to the session. */
    default void answerCompleted(Transcript transcript, EndOfTurn reason) {}
}
