package dev.mocksy.speech;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Turns recorded answers into text plus delivery metrics: the building block of {@code interview --voice FILE}.
 *
 * <pre>{@code
 * VoiceAnswers voice = new VoiceAnswers(VoskSpeechToText.bundled(), new AcousticDeliveryAnalyzer());
 * SpokenAnswer spoken = voice.fromWav(Path.of("answer1.wav"), DeliveryContext.PRACTICE);
 * session.receiveAnswer(spoken.text());
 * }</pre>
 *
 * <p>Thread-safe when its recogniser and analyzer are (Mocksy's are).
 */
public final class VoiceAnswers {

    private final SpeechToText recognizer;
    private final DeliveryAnalyzer analyzer;

    public VoiceAnswers(SpeechToText recognizer, DeliveryAnalyzer analyzer) {
        this.recognizer = Objects.requireNonNull(recognizer, "recognizer");
        this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
    }

    /**
     * Transcribes and measures a WAV file; the clip is taken to start as the question ended.
     *
     * @throws dev.mocksy.UnsupportedInputException when the file is missing or not a supported WAV, naming its format
     */
    public SpokenAnswer fromWav(Path wav, DeliveryContext context) {
        return fromClip(WavReader.read(wav), context);
    }

    /** Transcribes and measures a clip that starts as the question ended. */
    public SpokenAnswer fromClip(AudioClip clip, DeliveryContext context) {
        Transcript transcript = recognizer.transcribe(clip);
        DeliveryMetrics delivery =
                analyzer.analyze(DeliveryRequest.of(clip, transcript).in(context));
        return new SpokenAnswer(transcript, delivery);
    }
}
