package dev.mocksy.tts.marytts.bench;

import dev.mocksy.speech.AudioClip;
import dev.mocksy.tts.marytts.MaryTextToSpeech;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time to the first audio of a 20-word interview question with the offline voice, warm: from the call to the first
 * clip handed on (the first sentence, with the lead-in). Goal: under 300 ms. {@code wholeQuestion} times all of it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
public class FirstAudioBenchmark {

    /** 20 words in two sentences, as an interviewer would ask. */
    static final String QUESTION = "You join a team whose web service keeps timing out. What would you check first,"
            + " and why in that order?";

    private MaryTextToSpeech voice;

    @Setup
    public void start() {
        voice = MaryTextToSpeech.builder().build();
        voice.synthesize("Warm up.");
    }

    /** Stops at the first clip by throwing past the rest: the time to first audio alone. */
    @Benchmark
    public AudioClip firstAudio() {
        AudioClip[] first = new AudioClip[1];
        try {
            voice.synthesize(QUESTION, clip -> {
                first[0] = clip;
                throw new FirstClip();
            });
        } catch (FirstClip expected) {
            // the rest of the question is not synthesized
        }
        return first[0];
    }

    @Benchmark
    public AudioClip wholeQuestion() {
        return voice.synthesize(QUESTION);
    }

    private static final class FirstClip extends RuntimeException {
        FirstClip() {
            super(null, null, false, false);
        }
    }
}
