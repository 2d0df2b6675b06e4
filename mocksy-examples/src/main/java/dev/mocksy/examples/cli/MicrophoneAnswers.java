package dev.mocksy.examples.cli;

import dev.mocksy.interview.InterviewSession;
import dev.mocksy.interview.LiveAnswer;
import dev.mocksy.speech.Microphone;
import dev.mocksy.speech.Transcript;
import dev.mocksy.speech.turn.HandsFreeAnswer;
import dev.mocksy.speech.turn.TurnListener;
import dev.mocksy.speech.turn.TurnSettings;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Optional;

/**
 * {@code --mic}: hands-free answers from the microphone, heard live by the session. Each answer ends when the
 * candidate stops speaking (a thinking pause does not end it, "let me think" extends the wait); when nothing usable
 * was heard the candidate is asked once to say it again.
 */
final class MicrophoneAnswers implements VoiceInput {

    /** Sample rate recorded and fed to the recogniser. */
    static final int SAMPLE_RATE = 16_000;

    /** Tries per question: the answer and one repeat after "I didn't quite catch that". */
    private static final int ATTEMPTS = 2;

    private final Microphone microphone;
    private final PrintStream out;

    private MicrophoneAnswers(Microphone microphone, PrintStream out) {
        this.microphone = microphone;
        this.out = out;
    }

    /**
     * Opens the default microphone before the interview starts.
     *
     * @throws dev.mocksy.UnsupportedInputException when this machine has no usable microphone, listing the audio
     *     devices Java sees
     */
    static MicrophoneAnswers open(PrintStream out) {
        return new MicrophoneAnswers(Microphone.open(SAMPLE_RATE), out);
    }

    @Override
    public Heard capture(InterviewSession session) {
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            out.println("Listening: answer out loud, then pause; a thinking pause is fine.");
            Optional<Heard> heard = listenOnce(session);
            if (heard.isPresent()) {
                return heard.get();
            }
            if (attempt < ATTEMPTS) {
                out.println(HandsFreeAnswer.CLARIFICATION);
            }
        }
        return new NothingHeard();
    }

    private Optional<Heard> listenOnce(InterviewSession session) {
        TurnListener listener = new TurnListener() {
            @Override
            public void thinkingNoticed(String phrase, Duration patience, double atSeconds) {
                out.println("(take your time)");
            }

            @Override
            public void clarificationNeeded(String prompt, Transcript heard) {
                // asked again by capture(), once
            }
        };
        try (LiveAnswer answer = session.openLiveAnswer(SAMPLE_RATE, TurnSettings.DEFAULTS, listener)) {
            byte[] chunk = new byte[microphone.chunkBytes()];
            while (!answer.finished()) {
                int read = microphone.read(chunk);
                if (read <= 0) {
                    throw new IllegalStateException("the microphone stopped delivering audio");
                }
                answer.accept(chunk, 0, read);
            }
            return answer.store().map(Stored::new);
        }
    }

    @Override
    public void close() {
        microphone.close();
    }
}
