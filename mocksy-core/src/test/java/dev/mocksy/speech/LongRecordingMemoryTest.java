package dev.mocksy.speech;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Bounded memory, shown without timing anything: a ten-minute 48 kHz stereo recording (115 MB of samples) is
 * transcribed and measured in a JVM whose whole heap is 40 MB, which cannot hold the recording even once.
 */
class LongRecordingMemoryTest {

    /** Run in the small JVM: streams the recording through and prints what the delivery analysis measured. */
    public static void main(String[] args) {
        GeneratedWav wav = new GeneratedWav(48000, 2, Double.parseDouble(args[0]));
        try (WavStream stream = WavReader.open(wav, "long.wav")) {
            SpokenAnswer answer = new VoiceAnswers(
                            new StreamedAnswerTest.BurstRecognizer(null), new AcousticDeliveryAnalyzer())
                    .fromStream(stream, DeliveryContext.PRACTICE);
            System.out.printf(
                    java.util.Locale.ROOT,
                    "duration=%.1f pauses=%d words=%d read=%d%n",
                    answer.delivery().durationSeconds(),
                    answer.delivery().pauses().count(),
                    answer.delivery().wordCount(),
                    wav.bytesRead());
        }
    }

    @Test
    void should_transcribe_and_measure_ten_minutes_of_48_khz_stereo_in_a_40_mb_heap()
            throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(List.of(
                        java.toString(),
                        "-Xmx40m",
                        "-XX:+ExitOnOutOfMemoryError",
                        "-cp",
                        System.getProperty("java.class.path"),
                        LongRecordingMemoryTest.class.getName(),
                        "600"))
                .redirectErrorStream(true)
                .start();
        boolean done = process.waitFor(5, TimeUnit.MINUTES);
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!done) {
            process.destroyForcibly();
        }

        assertThat(done).as("finished").isTrue();
        assertThat(process.exitValue()).as("exit code; output:\n" + output).isZero();
        long bytes = 44 + 600L * 48000 * 4;
        assertThat(output).contains("duration=600.0 pauses=299 words=300 read=" + bytes);
    }
}
