package dev.mocksy.interview;

import dev.mocksy.evaluation.Evaluation;
import dev.mocksy.speech.AudioClip;
import dev.mocksy.speech.SpeechToText;
import dev.mocksy.speech.Transcript;
import dev.mocksy.speech.turn.EndOfTurn;
import dev.mocksy.speech.turn.HandsFreeAnswer;
import dev.mocksy.speech.turn.TurnListener;
import dev.mocksy.speech.turn.TurnSettings;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * One answer spoken live, hands-free: feed the audio as it arrives and the session turns it into its answer.
 *
 * <pre>{@code
 * try (LiveAnswer answer = session.openLiveAnswer(16_000, TurnSettings.DEFAULTS, listener)) {
 *     while (!answer.finished()) { answer.accept(microphone.read()); }
 *     Optional<Evaluation> feedback = answer.submit();   // empty: nothing usable heard, ask again
 * }
 * }</pre>
 *
 * <p>The partial transcript is kept as the session's draft (so a time-out closes the answer with what was heard);
 * the end of the turn tolerates thinking pauses. Not thread-safe: one thread feeds the audio.
 */
public final class LiveAnswer implements AutoCloseable {

    private final InterviewSession session;
    private final HandsFreeAnswer listening;
    private final int sampleRate;
    private final ByteArrayOutputStream audio = new ByteArrayOutputStream();
    private boolean unclear;

    LiveAnswer(
            InterviewSession session,
            SpeechToText recognizer,
            int sampleRate,
            TurnSettings settings,
            TurnListener listener) {
        this.session = session;
        this.sampleRate = sampleRate;
        TurnListener forward = Objects.requireNonNull(listener, "listener");
        this.listening = new HandsFreeAnswer(recognizer, sampleRate, settings, new TurnListener() {
            @Override
            public void speechStarted(double atSeconds) {
                forward.speechStarted(atSeconds);
            }

            @Override
            public void partialText(String textSoFar) {
                session.draft(textSoFar);
                forward.partialText(textSoFar);
            }

            @Override
            public void thinkingNoticed(String phrase, Duration patience, double atSeconds) {
                forward.thinkingNoticed(phrase, patience, atSeconds);
            }

            @Override
            public void backchannel(String cue, double atSeconds) {
                forward.backchannel(cue, atSeconds);
            }

            @Override
            public void bargeIn(double atSeconds) {
                forward.bargeIn(atSeconds);
            }

            @Override
            public void turnEnded(EndOfTurn reason, double atSeconds) {
                forward.turnEnded(reason, atSeconds);
            }

            @Override
            public void clarificationNeeded(String prompt, Transcript heard) {
                unclear = true;
                forward.clarificationNeeded(prompt, heard);
            }

            @Override
            public void answerCompleted(Transcript transcript, EndOfTurn reason) {
                forward.answerCompleted(transcript, reason);
            }
        });
    }

    /** Feeds a chunk of 16-bit little-endian mono PCM at the sample rate the answer was opened with. */
    public void accept(byte[] pcm, int offset, int length) {
        if (listening.finished()) {
            return;
        }
        audio.write(pcm, offset, length);
        listening.accept(pcm, offset, length);
    }

    /** Feeds a whole chunk. */
    public void accept(byte[] pcm) {
        accept(pcm, 0, pcm.length);
    }

    /** Whether the interviewer's voice is playing; the candidate speaking meanwhile is a barge-in. */
    public void interviewerSpeaking(boolean playing) {
        listening.interviewerSpeaking(playing);
    }

    /** Whether the candidate's turn is over. */
    public boolean finished() {
        return listening.finished();
    }

    /** What was recognised, once {@link #finished()}. */
    public Optional<Transcript> transcript() {
        return Optional.ofNullable(listening.transcript());
    }

    /**
     * Stores the answer with its transcript and delivery, then evaluates it.
     *
     * @return the evaluation, or empty when nothing usable was heard: the session keeps listening, so open another
     *     live answer after asking the candidate to say it again
     * @throws IllegalStateException when the turn is not over yet
     */
    public Optional<Evaluation> submit() {
        return store().map(answer -> session.evaluatePending());
    }

    /**
     * Stores the answer with its transcript and delivery, without evaluating it.
     *
     * @return the stored answer, or empty when nothing usable was heard (nothing is stored)
     * @throws IllegalStateException when the turn is not over yet
     */
    public Optional<Answer> store() {
        if (!listening.finished()) {
            throw new IllegalStateException("the candidate's turn is not over yet: feed audio until finished()");
        }
        Transcript transcript = listening.transcript();
        if (unclear || transcript.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(session.receiveSpoken(transcript, new AudioClip(audio.toByteArray(), sampleRate, 1)));
    }

    @Override
    public void close() {
        listening.close();
    }
}
