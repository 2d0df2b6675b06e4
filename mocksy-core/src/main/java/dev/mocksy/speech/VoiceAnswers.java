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
     * Transcribes and measures a WAV file, window by window: memory stays bounded however long the recording is (with
     * a recogniser that streams; one that cannot keeps the 16 kHz audio for itself). The clip is taken to start as
     * the question ended.
     *
     * @throws dev.mocksy.UnsupportedInputException when the file is missing or not a supported WAV, naming its format
     */
    public SpokenAnswer fromWav(Path wav, DeliveryContext context) {
        try (WavStream stream = WavReader.open(wav)) {
            return fromStream(stream, context);
        }
    }

    /**
     * Transcribes and measures an open WAV stream to its end, window by window, converting each window to 16 kHz mono
     * as it goes; the stream is not closed.
     */
    public SpokenAnswer fromStream(WavStream wav, DeliveryContext context) {
        Objects.requireNonNull(wav, "wav");
        Objects.requireNonNull(context, "context");
        int rate = AudioConverter.RECOGNIZER_RATE;
        StreamingResampler resampler = new StreamingResampler(wav.sampleRate(), rate);
        DeliveryMeter meter = analyzer.openMeter(rate);
        try (SpeechStream speech = recognizer.openRecordingStream(rate)) {
            int window = Math.max(1, wav.sampleRate() / 5); // 0.2 s, the chunk a live microphone delivers
            for (AudioClip clip = wav.next(window); clip != null; clip = wav.next(window)) {
                feed(
                        resampler.accept(AudioConverter.samples(
                                AudioConverter.toMono(clip).pcm())),
                        speech,
                        meter);
            }
            feed(resampler.finish(), speech, meter);
            Transcript transcript = speech.finish();
            return new SpokenAnswer(transcript, meter.finish(transcript, 0, context));
        }
    }

    private static void feed(short[] samples, SpeechStream speech, DeliveryMeter meter) {
        if (samples.length == 0) {
            return;
        }
        byte[] pcm = AudioConverter.bytes(samples);
        speech.accept(pcm, 0, pcm.length);
        meter.accept(pcm, 0, pcm.length);
    }

    /** Transcribes and measures a clip that starts as the question ended. */
    public SpokenAnswer fromClip(AudioClip clip, DeliveryContext context) {
        Transcript transcript = recognizer.transcribe(clip);
        DeliveryMetrics delivery =
                analyzer.analyze(DeliveryRequest.of(clip, transcript).in(context));
        return new SpokenAnswer(transcript, delivery);
    }
}
