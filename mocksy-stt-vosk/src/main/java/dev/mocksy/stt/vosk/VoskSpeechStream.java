package dev.mocksy.stt.vosk;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mocksy.ProviderException;
import dev.mocksy.internal.MocksyJson;
import dev.mocksy.speech.PcmChunks;
import dev.mocksy.speech.RecognitionUpdate;
import dev.mocksy.speech.SpeechStream;
import dev.mocksy.speech.TranscribedWord;
import dev.mocksy.speech.Transcript;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.vosk.Recognizer;

/**
 * One Vosk recogniser fed chunk by chunk; not thread-safe, like the recogniser it wraps.
 *
 * <p>Partial results make Vosk search its lattice for the best path so far, which costs more as an utterance grows, so
 * they are computed at most once per {@code partialInterval} of audio; in between, the last partial text is repeated.
 */
final class VoskSpeechStream implements SpeechStream {

    private final Recognizer recognizer;
    private final int sampleRate;
    private final String language;
    private final List<Transcript> segments = new ArrayList<>();
    private final long partialIntervalBytes;
    private long bytesSincePartial;
    private String lastPartial = "";
    private boolean open = true;
    private boolean finished;

    /**
     * @param partialIntervalSeconds audio between partial results; infinity for none (whole-file transcription)
     */
    VoskSpeechStream(VoskModel model, String language, int sampleRate, double partialIntervalSeconds) {
        if (sampleRate < 8000 || sampleRate > 48000) {
            throw new IllegalArgumentException("sampleRate must be 8000-48000 Hz, got " + sampleRate);
        }
        this.sampleRate = sampleRate;
        this.language = language;
        this.partialIntervalBytes = Double.isInfinite(partialIntervalSeconds)
                ? Long.MAX_VALUE
                : Math.round(partialIntervalSeconds * sampleRate) * 2;
        try {
            this.recognizer = new Recognizer(model.model(), sampleRate);
        } catch (IOException e) {
            throw new ProviderException("vosk", "cannot create a recogniser: " + e.getMessage(), e);
        }
        recognizer.setWords(true);
    }

    @Override
    public int sampleRate() {
        return sampleRate;
    }

    @Override
    public RecognitionUpdate accept(byte[] pcm, int offset, int length) {
        requireOpen();
        PcmChunks.check(pcm, offset, length);
        byte[] data = offset == 0 ? pcm : Arrays.copyOfRange(pcm, offset, offset + length);
        if (recognizer.acceptWaveForm(data, length)) {
            Transcript segment = parseResult(recognizer.getResult());
            if (!segment.isBlank()) {
                segments.add(segment);
            }
            return RecognitionUpdate.segment(segment.text(), segment.words());
        }
        return RecognitionUpdate.partial(
                read(recognizer.getPartialResult()).path("partial").asText(""));
    }

    @Override
    public Transcript finish() {
        requireOpen();
        Transcript last = parseResult(recognizer.getFinalResult());
        if (!last.isBlank()) {
            segments.add(last);
        }
        // The recogniser is freed by close(), outside the path that the waiting candidate feels.
        finished = true;
        return Transcript.join(segments, language);
    }

    @Override
    public void close() {
        if (open) {
            open = false;
            recognizer.close();
        }
    }

    private Transcript parseResult(String json) {
        JsonNode result = read(json);
        List<TranscribedWord> words = new ArrayList<>();
        for (JsonNode word : result.path("result")) {
            double start = Math.max(0, word.path("start").asDouble());
            words.add(new TranscribedWord(
                    word.path("word").asText(),
                    start,
                    Math.max(start, word.path("end").asDouble()),
                    Math.max(0, Math.min(1, word.path("conf").asDouble(1.0)))));
        }
        return new Transcript(result.path("text").asText("").strip(), words, language);
    }

    private static JsonNode read(String json) {
        try {
            return MocksyJson.mapper().readTree(json);
        } catch (IOException e) {
            throw new ProviderException("vosk", "the recogniser returned unreadable JSON", e);
        }
    }

    private void requireOpen() {
        if (!open || finished) {
            throw new IllegalStateException("the stream is finished or closed; open a new one");
        }
    }
}
