package dev.mocksy.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A recording is transcribed and measured window by window: never read further ahead than one window. */
class StreamedAnswerTest {

    /** A recogniser that hears one word per burst of {@link GeneratedWav} and notes how far the file was read. */
    static final class BurstRecognizer implements SpeechToText {
        final GeneratedWav source;
        final List<Long> readAheadAtEachChunk = new ArrayList<>();
        long samplesReceived;

        BurstRecognizer(GeneratedWav source) {
            this.source = source;
        }

        @Override
        public Transcript transcribe(AudioClip audio) {
            throw new AssertionError("a recording must be streamed, not transcribed as one clip");
        }

        @Override
        public SpeechStream openRecordingStream(int sampleRate) {
            return new SpeechStream() {
                @Override
                public int sampleRate() {
                    return sampleRate;
                }

                @Override
                public RecognitionUpdate accept(byte[] pcm, int offset, int length) {
                    samplesReceived += length / 2;
                    if (source != null) {
                        // The file bytes that the audio received so far stands for, at 44.1 kHz stereo 16-bit.
                        long consumed = 44 + Math.round(samplesReceived * 44100.0 / sampleRate) * 4;
                        readAheadAtEachChunk.add(source.bytesRead() - consumed);
                    }
                    return RecognitionUpdate.partial("");
                }

                @Override
                public Transcript finish() {
                    double seconds = samplesReceived / (double) sampleRate;
                    List<TranscribedWord> words = new ArrayList<>();
                    double cycle = GeneratedWav.BURST_SECONDS + GeneratedWav.GAP_SECONDS;
                    for (double start = 0; start + GeneratedWav.BURST_SECONDS <= seconds; start += cycle) {
                        words.add(new TranscribedWord("word", start, start + GeneratedWav.BURST_SECONDS, 0.9));
                    }
                    return new Transcript("word ".repeat(words.size()).strip(), words, "en");
                }

                @Override
                public void close() {}
            };
        }
    }

    @Test
    void should_read_a_long_recording_no_further_ahead_than_a_window() {
        GeneratedWav wav = new GeneratedWav(44100, 2, 120);
        BurstRecognizer recognizer = new BurstRecognizer(wav);

        SpokenAnswer answer;
        try (WavStream stream = WavReader.open(wav, "two-minutes.wav")) {
            answer = new VoiceAnswers(recognizer, new AcousticDeliveryAnalyzer())
                    .fromStream(stream, DeliveryContext.PRACTICE);
        }

        // 0.2 s windows: 600 chunks, each sent before the next was read. Read-ahead stays under one window (35 kB)
        // plus the reader's buffers, while the file is 21 MB.
        assertThat(recognizer.readAheadAtEachChunk).hasSizeGreaterThanOrEqualTo(599);
        assertThat(recognizer.readAheadAtEachChunk)
                .allSatisfy(ahead -> assertThat(ahead).isLessThan(128 * 1024));
        assertThat(wav.bytesRead()).isEqualTo(wav.length());
        assertThat(answer.delivery().durationSeconds()).isCloseTo(120, within(0.01));
        assertThat(answer.delivery().pauses().count()).isEqualTo(59); // the gaps between 60 bursts
        assertThat(answer.delivery().pitch().meanHz()).isCloseTo(150, within(3.0));
    }

    @Test
    void should_measure_a_streamed_recording_exactly_as_the_same_clip_whole() throws IOException {
        GeneratedWav generated = new GeneratedWav(44100, 2, 12);
        byte[] file = generated.readAllBytes();
        AcousticDeliveryAnalyzer analyzer = new AcousticDeliveryAnalyzer();

        SpokenAnswer streamed;
        try (WavStream stream = WavReader.open(new ByteArrayInputStream(file), "answer.wav")) {
            streamed =
                    new VoiceAnswers(new BurstRecognizer(null), analyzer).fromStream(stream, DeliveryContext.PRACTICE);
        }
        DeliveryMetrics whole = analyzer.analyze(
                DeliveryRequest.of(WavReader.read(new ByteArrayInputStream(file), "answer.wav"), streamed.transcript())
                        .in(DeliveryContext.PRACTICE));

        assertThat(streamed.delivery()).isEqualTo(whole);
    }
}
