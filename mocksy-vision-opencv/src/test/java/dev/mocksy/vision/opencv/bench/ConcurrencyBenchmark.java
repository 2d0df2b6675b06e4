package dev.mocksy.vision.opencv.bench;

import dev.mocksy.vision.Frame;
import dev.mocksy.vision.FrameObservation;
import dev.mocksy.vision.opencv.OpenCvVisionAnalyzer;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.opencv.core.Core;
import org.opencv.core.MatOfByte;
import org.opencv.imgcodecs.Imgcodecs;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Frames per second when two threads share one analyzer: {@code maxConcurrency=1} behaves like a synchronized
 * analyzer (one set of classifiers), {@code 2} lends each thread its own set. Needs two free cores to mean anything.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 4, time = 3)
@Fork(1)
@Threads(2)
public class ConcurrencyBenchmark {

    @Param({"1", "2"})
    public int maxConcurrency;

    private OpenCvVisionAnalyzer analyzer;
    private Frame jpeg;

    @Setup
    public void setUp() {
        nu.pattern.OpenCV.loadLocally();
        Core.setNumThreads(1);
        analyzer = OpenCvVisionAnalyzer.builder().maxConcurrency(maxConcurrency).build();
        MatOfByte encoded = new MatOfByte();
        Imgcodecs.imencode(".jpg", VisionBenchmark.webcamFrame(), encoded);
        jpeg = Frame.encoded(encoded.toArray(), Duration.ZERO);
    }

    @Benchmark
    public FrameObservation sharedAnalyzer() {
        return analyzer.analyze(jpeg);
    }
}
