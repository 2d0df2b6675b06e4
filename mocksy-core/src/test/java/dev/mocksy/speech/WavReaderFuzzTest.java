package dev.mocksy.speech;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.mocksy.UnsupportedInputException;
import java.io.ByteArrayInputStream;

/**
 * Any bytes given as a WAV file give a clip in the accepted formats or an {@link UnsupportedInputException}: never
 * another exception, a hang or an allocation sized by a header. Seeds: {@code WavReaderFuzzTestInputs}.
 */
class WavReaderFuzzTest {

    @FuzzTest(maxDuration = "20s")
    void should_read_a_clip_or_refuse_the_bytes_with_a_typed_error(byte[] bytes) {
        AudioClip clip;
        try {
            clip = WavReader.read(new ByteArrayInputStream(bytes), "fuzz.wav");
        } catch (UnsupportedInputException refused) {
            assertThat(refused.getMessage()).startsWith("fuzz.wav").doesNotContain("Exception");
            return;
        }
        assertThat(clip.sampleRate()).isBetween(8000, 48000);
        assertThat(clip.channels()).isBetween(1, 2);
        // Whatever was read converts for a recogniser, through the same streaming path as a long recording.
        AudioClip converted = AudioConverter.forRecognizer(clip);
        assertThat(converted.sampleRate()).isEqualTo(AudioConverter.RECOGNIZER_RATE);
        assertThat(new AcousticDeliveryAnalyzer()
                        .analyze(converted, new Transcript("", null, "en"))
                        .durationSeconds())
                .isGreaterThanOrEqualTo(0);
    }
}
