package dev.mocksy.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mocksy.UnsupportedInputException;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WavReaderTest {

    @TempDir
    Path dir;

    @Test
    void should_read_16_bit_mono_pcm() {
        short[] samples = {0, 1000, -1000, 32767, -32768};
        byte[] wav = TestWavs.wav(1, 1, 16000, 16, AudioConverter.bytes(samples));

        AudioClip clip = WavReader.read(new ByteArrayInputStream(wav), "a.wav");

        assertThat(clip.sampleRate()).isEqualTo(16000);
        assertThat(clip.channels()).isEqualTo(1);
        assertThat(AudioConverter.samples(clip.pcm())).containsExactly(samples);
    }

    @Test
    void should_refuse_a_header_whose_frame_size_does_not_match_its_samples() {
        byte[] wav = TestWavs.wav(3, 2, 44100, 32, new byte[64]);
        wav[32] = (byte) 0x07; // block align 64007 instead of 8, as the fuzzer wrote it
        wav[33] = (byte) 0xfa;

        assertThatThrownBy(() -> WavReader.read(new ByteArrayInputStream(wav), "odd.wav"))
                .isInstanceOf(UnsupportedInputException.class)
                .hasMessageStartingWith("odd.wav has a damaged header: it announces frames of 64007 bytes for 32-bit"
                        + " float, 44100 Hz, stereo (8 bytes a frame)");
    }

    @Test
    void should_read_stereo_44100_from_a_file() throws Exception {
        short[] interleaved = {100, 300, -100, -300};
        Path file = dir.resolve("stereo.wav");
        Files.write(file, TestWavs.wav(1, 2, 44100, 16, AudioConverter.bytes(interleaved)));

        AudioClip clip = WavReader.read(file);

        assertThat(clip.channels()).isEqualTo(2);
        assertThat(clip.sampleRate()).isEqualTo(44100);
        assertThat(AudioConverter.samples(AudioConverter.toMono(clip).pcm()))
                .containsExactly((short) 200, (short) -200);
    }

    @Test
    void should_read_32_bit_float_and_clip_out_of_range_samples() {
        byte[] wav = TestWavs.wav(3, 1, 48000, 32, TestWavs.floats(0f, 0.5f, -0.5f, 1.5f, -2f));

        AudioClip clip = WavReader.read(new ByteArrayInputStream(wav), "float.wav");

        assertThat(clip.sampleRate()).isEqualTo(48000);
        assertThat(AudioConverter.samples(clip.pcm()))
                .containsExactly((short) 0, (short) 16384, (short) -16384, Short.MAX_VALUE, Short.MIN_VALUE);
    }

    @Test
    void should_round_trip_through_the_writer() {
        AudioClip clip = new AudioClip(AudioConverter.bytes(TestWavs.sine(440, 22050, 0.1, 0.5)), 22050, 1);

        AudioClip read = WavReader.read(new ByteArrayInputStream(WavWriter.toBytes(clip)), "memory");

        assertThat(read).isEqualTo(clip);
    }

    @Test
    void should_name_24_bit_pcm_when_refusing_it() {
        byte[] wav = TestWavs.wav(1, 1, 16000, 24, new byte[30]);

        assertThatThrownBy(() -> WavReader.read(new ByteArrayInputStream(wav), "deep.wav"))
                .isInstanceOf(UnsupportedInputException.class)
                .hasMessageContaining("deep.wav")
                .hasMessageContaining("24-bit signed PCM, 16000 Hz, mono")
                .hasMessageContaining("16-bit PCM or 32-bit float");
    }

    @Test
    void should_name_8_bit_pcm_when_refusing_it() {
        byte[] wav = TestWavs.wav(1, 1, 8000, 8, new byte[10]);

        assertThatThrownBy(() -> WavReader.read(new ByteArrayInputStream(wav), "old.wav"))
                .isInstanceOf(UnsupportedInputException.class)
                .hasMessageContaining("8-bit unsigned PCM, 8000 Hz, mono");
    }

    @Test
    void should_refuse_a_sample_rate_above_48_khz() {
        byte[] wav = TestWavs.wav(1, 2, 96000, 16, new byte[40]);

        assertThatThrownBy(() -> WavReader.read(new ByteArrayInputStream(wav), "studio.wav"))
                .isInstanceOf(UnsupportedInputException.class)
                .hasMessageContaining("16-bit signed PCM, 96000 Hz, stereo");
    }

    @Test
    void should_refuse_more_than_two_channels() {
        byte[] wav = TestWavs.wav(1, 6, 48000, 16, new byte[120]);

        assertThatThrownBy(() -> WavReader.read(new ByteArrayInputStream(wav), "surround.wav"))
                .isInstanceOf(UnsupportedInputException.class)
                .hasMessageContaining("6 channels");
    }

    @Test
    void should_name_mp3_inside_a_wav_container() {
        byte[] wav = TestWavs.wav(0x55, 1, 16000, 0, new byte[10]);

        assertThatThrownBy(() -> WavReader.read(new ByteArrayInputStream(wav), "packed.wav"))
                .isInstanceOf(UnsupportedInputException.class)
                .hasMessageContaining("MP3 (format tag 0x0055)");
    }

    @Test
    void should_recognise_an_mp3_file_that_is_not_a_wav() {
        byte[] mp3 = {'I', 'D', '3', 4, 0, 0, 0, 0, 0, 0};

        assertThatThrownBy(() -> WavReader.read(new ByteArrayInputStream(mp3), "song.mp3"))
                .isInstanceOf(UnsupportedInputException.class)
                .hasMessageContaining("song.mp3 is not a WAV file (it looks like MP3)");
    }

    @Test
    void should_refuse_an_empty_input() {
        assertThatThrownBy(() -> WavReader.read(new ByteArrayInputStream(new byte[0]), "empty.wav"))
                .isInstanceOf(UnsupportedInputException.class)
                .hasMessageContaining("it is empty");
    }

    @Test
    void should_name_a_missing_file() {
        Path missing = dir.resolve("nope.wav");

        assertThatThrownBy(() -> WavReader.read(missing))
                .isInstanceOf(UnsupportedInputException.class)
                .hasMessageContaining("no audio file at " + missing);
    }
}
