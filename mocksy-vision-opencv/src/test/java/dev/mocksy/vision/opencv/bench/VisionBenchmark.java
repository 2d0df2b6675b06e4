package dev.mocksy.vision.opencv.bench;

import dev.mocksy.vision.Frame;
import dev.mocksy.vision.FrameObservation;
import dev.mocksy.vision.PixelFormat;
import dev.mocksy.vision.opencv.OpenCvVisionAnalyzer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.MatOfByte;
import org.opencv.core.MatOfInt;
import org.opencv.core.Rect;
import org.opencv.core.Scalar;
import org.opencv.core.Size;
import org.opencv.imgcodecs.Imgcodecs;
import org.opencv.imgproc.Imgproc;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time per 640x480 webcam frame on one core: a JPEG as a browser sends it (decode included) and raw BGR pixels.
 *
 * <p>The frame is astronaut.png (Debian python3-skimage) with her face about 150 px wide in the middle of a grey
 * 640x480 frame, JPEG quality 90. OpenCV's own thread pool is set to one thread; run the JVM pinned to one core
 * ({@code taskset -c 0}). Cascades come from Debian opencv-data. See docs/notes/vision.md for the command.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class VisionBenchmark {

    private OpenCvVisionAnalyzer analyzer;
    private Frame jpeg;
    private Frame pixels;

    @Setup
    public void setUp() {
        nu.pattern.OpenCV.loadLocally();
        Core.setNumThreads(1);
        analyzer = OpenCvVisionAnalyzer.builder().maxConcurrency(1).build();
        Mat webcam = webcamFrame();
        MatOfByte encoded = new MatOfByte();
        Imgcodecs.imencode(".jpg", webcam, encoded, new MatOfInt(Imgcodecs.IMWRITE_JPEG_QUALITY, 90));
        jpeg = Frame.encoded(encoded.toArray(), Duration.ZERO);
        byte[] bgr = new byte[640 * 480 * 3];
        webcam.get(0, 0, bgr);
        pixels = Frame.pixels(640, 480, PixelFormat.BGR, bgr, Duration.ZERO);
        if (analyzer.analyze(jpeg).faceCount() != 1) {
            throw new IllegalStateException("the benchmark frame must show exactly one face");
        }
    }

    @Benchmark
    @Threads(1)
    public FrameObservation jpegFrame() {
        return analyzer.analyze(jpeg);
    }

    @Benchmark
    @Threads(1)
    public FrameObservation rawBgrFrame() {
        return analyzer.analyze(pixels);
    }

    static Mat webcamFrame() {
        Mat photo = Imgcodecs.imread(Path.of("/usr/lib/python3/dist-packages/skimage/data/astronaut.png")
                .toString());
        if (photo.empty()) {
            throw new IllegalStateException("install Debian package python3-skimage");
        }
        Mat frame = new Mat(480, 640, CvType.CV_8UC3, new Scalar(128, 128, 128));
        Mat head = new Mat();
        // 160x160 around her face, scaled to 240: the face is about 150 px wide, as at a laptop webcam.
        Imgproc.resize(photo.submat(new Rect(146, 34, 160, 160)), head, new Size(240, 240));
        head.copyTo(frame.submat(new Rect(200, 120, 240, 240)));
        return frame;
    }
}
