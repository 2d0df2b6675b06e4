package dev.mocksy.speech.turn;

import dev.mocksy.speech.RecognitionUpdate;
import dev.mocksy.speech.SpeechStream;
import dev.mocksy.speech.SpeechToText;
import dev.mocksy.speech.Transcript;
import java.util.Objects;

/**
 * Listens to one spoken answer hands-free: feeds the audio to a recogniser and a {@link TurnDetector}, and reports
 * the partial text, the end of the turn and then either the answer or a request to say it again.
 *
 * <pre>{@code
 * session.listen();
 * try (HandsFreeAnswer answer = new HandsFreeAnswer(vosk, 16000, TurnSettings.DEFAULTS, new TurnListener() {
 *         public void partialText(String text) { session.draft(text); }
 *         public void answerCompleted(Transcript t, EndOfTurn reason) { session.receiveAnswer(t.text()); }
 *         public void clarificationNeeded(String prompt, Transcript heard) { speak(prompt); }
 *     })) {
 *     while (!answer.finished()) { answer.accept(microphone.read()); }
 * }
 * }</pre>
 *
 * <p>Not thread-safe: one thread feeds the audio; {@link #interviewerSpeaking} may be called from the same thread.
 */
public final class HandsFreeAnswer implements AutoCloseable {

    /** What the interviewer says when nothing usable was heard. */
    public static final String CLARIFICATION = "I didn't quite catch that, could you say it again?";

    private final SpeechStream stream;
    private final TurnDetector detector;
    private final TurnSettings settings;
    private final TurnListener listener;
    private final StringBuilder finished = new StringBuilder();
    private String reported = "";
    private Transcript result;

    public HandsFreeAnswer(SpeechToText recognizer, int sampleRate, TurnSettings settings, TurnListener listener) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.listener = Objects.requireNonNull(listener, "listener");
        this.detector = new TurnDetector(sampleRate, settings, listener);
        this.stream = Objects.requireNonNull(recognizer, "recognizer").openStream(sampleRate);
    }

    /** Feeds a chunk of 16-bit little-endian mono PCM; ignored once the answer is finished. */
    public void accept(byte[] pcm, int offset, int length) {
        if (result != null) {
            return;
        }
        RecognitionUpdate update = stream.accept(pcm, offset, length);
        if (update.isFinal()) {
            if (!update.text().isBlank()) {
                finished.append(finished.length() == 0 ? "" : " ")
                        .append(update.text().strip());
            }
            report(finished.toString());
        } else if (!update.text().isBlank()) {
            report(finished.length() == 0 ? update.text() : finished + " " + update.text());
        }
        detector.accept(pcm, offset, length);
        detector.ended().ifPresent(this::complete);
    }

    /** Feeds a whole chunk. */
    public void accept(byte[] pcm) {
        accept(pcm, 0, pcm.length);
    }

    /** Whether the interviewer's audio is playing; candidate speech meanwhile is reported as a barge-in. */
    public void interviewerSpeaking(boolean playing) {
        detector.interviewerSpeaking(playing);
    }

    /** Whether the answer is over and reported. */
    public boolean finished() {
        return result != null;
    }

    /** The final transcript once {@link #finished()}, else null. */
    public Transcript transcript() {
        return result;
    }

    /** Audio time fed so far. */
    public double seconds() {
        return detector.seconds();
    }

    private void report(String text) {
        if (text.equals(reported)) {
            return; // the recogniser repeats its partial text between updates
        }
        reported = text;
        listener.partialText(text);
        detector.noteText(text);
    }

    private void complete(EndOfTurn reason) {
        result = stream.finish();
        if (result.isBlank() || result.averageConfidence() < settings.minConfidence()) {
            listener.clarificationNeeded(CLARIFICATION, result);
        } else {
            listener.answerCompleted(result, reason);
        }
    }

    @Override
    public void close() {
        stream.close();
    }
}
