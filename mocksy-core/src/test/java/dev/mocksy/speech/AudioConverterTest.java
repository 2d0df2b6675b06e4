package dev.mocksy.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AudioConverterTest {

    @ParameterizedTest
    @CsvSource({"48000, 440", "44100, 1000", "22050, 300", "8000, 500", "11025, 2500"})
    void should_keep_a_tones_pitch_and_level_when_resampling_to_16_khz(int rate, double frequency) {
        short[] tone = TestWavs.sine(frequency, rate, 1.0, 0.5);
        AudioClip clip = new AudioClip(AudioConverter.bytes(tone), rate, 1);

        AudioClip converted = AudioConverter.forRecognizer(clip);

        short[] samples = AudioConverter.samples(converted.pcm());
        assertThat(converted.sampleRate()).isEqualTo(16000);
        assertThat(samples.length).isBetween(15990, 16000);
        assertThat(TestWavs.zeroCrossingFrequency(samples, 16000)).isCloseTo(frequency, within(frequency * 0.01));
        assertThat(TestWavs.rms(samples)).isCloseTo(TestWavs.rms(tone), within(TestWavs.rms(tone) * 0.03));
    }

    @Test
    void should_filter_out_frequencies_above_the_new_nyquist_instead_of_aliasing_them() {
        short[] tone = TestWavs.sine(11000, 48000, 1.0, 0.5);

        short[] resampled = AudioConverter.resample(tone, 48000, 16000);

        // Without the low-pass filter an 11 kHz tone folds back to 5 kHz at full level.
        assertThat(TestWavs.rms(resampled)).isLessThan(TestWavs.rms(tone) * 0.02);
    }

    @Test
    void should_average_stereo_channels() {
        AudioClip stereo = new AudioClip(AudioConverter.bytes(new short[] {1000, 3000, -2000, 0}), 16000, 2);

        AudioClip mono = AudioConverter.toMono(stereo);

        assertThat(mono.channels()).isEqualTo(1);
        assertThat(AudioConverter.samples(mono.pcm())).containsExactly((short) 2000, (short) -1000);
    }

    @Test
    void should_return_16_khz_mono_unchanged() {
        AudioClip clip = new AudioClip(AudioConverter.bytes(TestWavs.sine(200, 16000, 0.1, 0.3)), 16000, 1);

        assertThat(AudioConverter.forRecognizer(clip)).isSameAs(clip);
    }

    @Test
    void should_refuse_to_resample_stereo_audio() {
        AudioClip stereo = new AudioClip(new byte[8], 16000, 2);

        assertThatThrownBy(() -> AudioConverter.resample(stereo, 8000))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("toMono");
    }
}
