package dev.mocksy.speech;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mocksy.UnsupportedInputException;
import javax.sound.sampled.AudioFormat;
import org.junit.jupiter.api.Test;

class MicrophoneTest {

    @Test
    void should_explain_when_no_microphone_records_the_format() {
        // No capture device records 7 channels of 24-bit audio: the error path is the same as on a machine
        // without a microphone.
        AudioFormat impossible = new AudioFormat(8000, 24, 7, true, true);

        assertThatThrownBy(() -> Microphone.open(impossible))
                .isInstanceOf(UnsupportedInputException.class)
                .hasMessageContaining("no microphone records 24-bit signed PCM, 8000 Hz, 7 channels")
                .hasMessageContaining("Java sees")
                .hasMessageContaining("WAV files");
    }
}
