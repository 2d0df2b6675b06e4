package dev.mocksy.examples.cli;

import dev.mocksy.speech.AudioClip;
import dev.mocksy.speech.DeliveryAnalyzer;
import dev.mocksy.speech.DeliveryContext;
import dev.mocksy.speech.DeliveryMetrics;
import dev.mocksy.speech.DeliveryRequest;
import dev.mocksy.speech.Microphone;
import dev.mocksy.speech.SpeechToText;
import dev.mocksy.speech.SpokenAnswer;
import dev.mocksy.speech.Transcript;
import dev.mocksy.speech.turn.HandsFreeAnswer;
import dev.mocksy.speech.turn.TurnListener;
import dev.mocksy.speech.turn.TurnSettings;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * {@code --mic}: hands-free answers from the microphone. Each answer ends when the candidate stops speaking (a
 * thinking pause does not end it, "let me think" extends the wait); when nothing usable was heard the candidate is
 * asked once to say it again.
 */
final class MicrophoneAnswers implements VoiceInput {

    /** Sample rate recorded and fed to the recogniser. */
    static final int SAMPLE_RATE = 16_000;

    /** Tries per question: the answer and one repeat after "I didn't quite catch that". */
    private static final int ATTEMPTS = 2;

    private final Microphone microphone;
    private final Supplier<SpeechToText> recognizer;
    private final DeliveryAnalyzer analyzer;
    private final PrintStream out;
    private SpeechToText loaded;

    private MicrophoneAnswers(
            Microphone microphone, Supplier<SpeechToText> recognizer, DeliveryAnalyzer analyzer, PrintStream out) {
        this.microphone = microphone;
        this.recognizer = recognizer;
        this.analyzer = analyzer;
        this.out = out;
    }

    /**
     * Opens the default microphone before the interview starts.
     *
     * @throws dev.mocksy.UnsupportedInputException when this machine has no usable microphone, listing the audio
     *     devices Java sees
     */
    static MicrophoneAnswers open(Supplier<SpeechToText> recognizer, DeliveryAnalyzer analyzer, PrintStream out) {
        Objects.requireNonNull(recognizer, "recognizer");
        Objects.requireNonNull(analyzer, "analyzer");
        return new MicrophoneAnswers(Microphone.open(SAMPLE_RATE), recognizer, analyzer, out);
    }

    @Override
    public Optional<SpokenAnswer> next(DeliveryContext context) {
        if (loaded == null) {
            loaded = recognizer.get();
        }
        SpokenAnswer heard = null;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            out.println("Listening: answer out loud, then pause; a thinking pause is fine.");
            Attempt result = listenOnce(context);
            heard = result.answer();
            if (!result.clarificationNeeded()) {
                return Optional.of(heard);
            }
            if (attempt < ATTEMPTS) {
                out.println(HandsFreeAnswer.CLARIFICATION);
            }
        }
        return Optional.of(heard);
    }

    private record Attempt(SpokenAnswer answer, boolean clarificationNeeded) {}

    private Attempt listenOnce(DeliveryContext context) {
        boolean[] clarify = {false};
        TurnListener listener = new TurnListener() {
            @Override
            public void thinkingNoticed(String phrase, Duration patience, double atSeconds) {
                out.println("(take your time)");
            }

            @Override
            public void clarificationNeeded(String prompt, Transcript heard) {
                clarify[0] = true;
            }
        };
        ByteArrayOutputStream audio = new ByteArrayOutputStream();
        try (HandsFreeAnswer answer = new HandsFreeAnswer(loaded, SAMPLE_RATE, TurnSettings.DEFAULTS, listener)) {
            byte[] chunk = new byte[microphone.chunkBytes()];
            while (!answer.finished()) {
                int read = microphone.read(chunk);
                if (read <= 0) {
                    throw new IllegalStateException("the microphone stopped delivering audio");
                }
                audio.write(chunk, 0, read);
                answer.accept(chunk, 0, read);
            }
            Transcript transcript = answer.transcript();
            AudioClip clip = new AudioClip(audio.toByteArray(), SAMPLE_RATE, 1);
            DeliveryMetrics delivery =
                    analyzer.analyze(DeliveryRequest.of(clip, transcript).in(context));
            return new Attempt(new SpokenAnswer(transcript, delivery), clarify[0]);
        }
    }

    @Override
    public void close() {
        microphone.close();
    }
}
