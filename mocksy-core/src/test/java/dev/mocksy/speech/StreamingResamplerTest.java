package dev.mocksy.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StreamingResamplerTest {

    @ParameterizedTest
    @CsvSource({"48000,16000", "44100,16000", "8000,16000", "22050,16000", "16000,44100"})
    void should_give_the_same_samples_in_pieces_as_all_at_once(int from, int to) {
        short[] input = noisyTone(from, 1.3);
        short[] whole = AudioConverter.resample(input, from, to);

        StreamingResampler resampler = new StreamingResampler(from, to);
        Random random = new Random(7);
        short[] streamed = new short[0];
        for (int offset = 0; offset < input.length; ) {
            int length = Math.min(input.length - offset, random.nextInt(3000)); // pieces of 0 to 3000 samples
            streamed = concat(streamed, resampler.accept(Arrays.copyOfRange(input, offset, offset + length)));
            offset += length;
        }
        streamed = concat(streamed, resampler.finish());

        assertThat(streamed).hasSize((int) Math.floor(input.length * (double) to / from));
        assertThat(streamed).isEqualTo(whole);
    }

    @Test
    void should_pass_audio_at_the_same_rate_through_unchanged() {
        short[] input = noisyTone(16000, 0.1);
        StreamingResampler resampler = new StreamingResampler(16000, 16000);

        assertThat(resampler.accept(input)).isEqualTo(input);
        assertThat(resampler.finish()).isEmpty();
    }

    @Test
    void should_refuse_rates_outside_the_supported_range_and_input_after_the_end() {
        assertThatThrownBy(() -> new StreamingResampler(96000, 16000))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("fromRate must be 8000-48000 Hz, got 96000");
        StreamingResampler resampler = new StreamingResampler(48000, 16000);
        resampler.finish();
        assertThatThrownBy(() -> resampler.accept(new short[10]))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("finished");
    }

    private static short[] noisyTone(int rate, double seconds) {
        Random random = new Random(1);
        short[] samples = new short[(int) (rate * seconds)];
        for (int i = 0; i < samples.length; i++) {
            samples[i] = (short) (8000 * Math.sin(2 * Math.PI * 440 * i / rate) + random.nextGaussian() * 2000);
        }
        return samples;
    }

    private static short[] concat(short[] a, short[] b) {
        short[] result = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, result, a.length, b.length);
        return result;
    }
}
