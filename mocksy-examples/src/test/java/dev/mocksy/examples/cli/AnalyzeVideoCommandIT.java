package dev.mocksy.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Scalar;
import org.opencv.core.Size;
import org.opencv.imgcodecs.Imgcodecs;
import org.opencv.imgproc.Imgproc;
import org.opencv.videoio.VideoWriter;

/** Drives {@code mocksy analyze-video} on real files; needs Debian opencv-data (cascades) and python3-skimage. */
class AnalyzeVideoCommandIT {

    private static final Path SKIMAGE = Path.of("/usr/lib/python3/dist-packages/skimage/data");
    private static final Path CASCADES = Path.of("/usr/share/opencv4/haarcascades");

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeAll
    static void requirePackages() {
        require(Files.isRegularFile(CASCADES.resolve("haarcascade_frontalface_alt2.xml")), "opencv-data");
        require(Files.isRegularFile(SKIMAGE.resolve("astronaut.png")), "python3-skimage");
        nu.pattern.OpenCV.loadLocally();
    }

    @Test
    void should_print_frames_and_summary_of_a_photo_as_json() throws Exception {
        int exit = run("analyze-video", SKIMAGE.resolve("astronaut.png").toString(), "--json");

        assertThat(exit).as(err()).isZero();
        JsonNode json = new ObjectMapper().readTree(out());
        JsonNode frame = json.get("frames").get(0);
        assertThat(json.get("frames")).hasSize(1);
        assertThat(frame.get("faceCount").asInt()).isEqualTo(1);
        assertThat(frame.get("faces").get(0).get("box").get("width").asInt()).isBetween(80, 120);
        assertThat(frame.get("frontal").asBoolean()).isTrue();
        assertThat(frame.get("smile").asBoolean()).isTrue();
        assertThat(frame.get("brightness").asDouble()).isBetween(100.0, 140.0);
        assertThat(frame.get("blur").asBoolean()).isFalse();
        assertThat(json.get("summary").get("inFrameShare").asDouble()).isEqualTo(1.0);
        assertThat(json.get("summary").get("observations").get(1).asText()).isEqualTo("In frame 100% of the time.");
    }

    @Test
    void should_summarise_an_mjpeg_avi_with_an_absence() throws Exception {
        Path avi = dir.resolve("answer.avi");
        Mat face = webcam(Imgcodecs.imread(SKIMAGE.resolve("astronaut.png").toString()));
        Mat empty = webcam(Imgcodecs.imread(SKIMAGE.resolve("coffee.png").toString()));
        VideoWriter writer =
                new VideoWriter(avi.toString(), VideoWriter.fourcc('M', 'J', 'P', 'G'), 5, new Size(640, 480));
        for (int i = 0; i < 10; i++) {
            writer.write(i >= 4 && i < 7 ? empty : face);
        }
        writer.release();

        int exit = run("analyze-video", avi.toString(), "--json");

        assertThat(exit).as(err()).isZero();
        JsonNode json = new ObjectMapper().readTree(out());
        assertThat(json.get("frames")).hasSize(10);
        int[] counts = new int[10];
        for (int i = 0; i < 10; i++) {
            counts[i] = json.get("frames").get(i).get("faceCount").asInt();
        }
        assertThat(counts).containsExactly(1, 1, 1, 1, 0, 0, 0, 1, 1, 1);
        assertThat(json.get("frames").get(1).get("timestamp").asText()).isEqualTo("PT0.2S");
        assertThat(json.get("summary").get("longestAbsence").asText()).isEqualTo("PT0.6S");
        assertThat(json.get("summary").get("inFrameShare").asDouble()).isEqualTo(0.7);
        assertThat(json.get("summary").get("timeline").size()).isEqualTo(2);
    }

    @Test
    void should_print_plain_facts_for_a_folder() throws Exception {
        Files.copy(SKIMAGE.resolve("astronaut.png"), dir.resolve("001.png"));
        Files.copy(SKIMAGE.resolve("chelsea.png"), dir.resolve("002.png"));

        int exit = run("analyze-video", dir.toString(), "--fps", "1");

        assertThat(exit).as(err()).isZero();
        assertThat(out())
                .contains(dir + ": 2 frames")
                .contains("- In frame 50% of the time.")
                .contains("- Longest time out of frame: 1.0 s.")
                .containsPattern("   1\\.0s +0  no");
    }

    @Test
    void should_explain_that_mp4_cannot_be_opened() throws Exception {
        Path mp4 = dir.resolve("answer.mp4");
        Files.writeString(mp4, "not a real video");

        int exit = run("analyze-video", mp4.toString());

        assertThat(exit).isEqualTo(1);
        assertThat(err()).contains("mocksy: cannot open MP4 in this build").contains("-c:v mjpeg");
    }

    @Test
    void should_report_a_missing_path_and_a_corrupt_image() throws Exception {
        Path corrupt = dir.resolve("frame.jpg");
        Files.write(corrupt, new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, 0, 1, 2, 3, 4, 5});

        assertThat(run("analyze-video", dir.resolve("missing.avi").toString())).isEqualTo(1);
        assertThat(err()).contains("mocksy: no such file or folder");
        err.reset();
        assertThat(run("analyze-video", corrupt.toString(), "--json")).isEqualTo(1);
        assertThat(err()).contains("frame.jpg").contains("cut short").doesNotContain("no face");
        assertThat(out()).isEmpty();
    }

    @Test
    void should_name_the_missing_cascades_and_how_to_install_them() {
        int exit = run("analyze-video", SKIMAGE.resolve("astronaut.png").toString(), "--cascades", dir.toString());

        assertThat(exit).isEqualTo(1);
        assertThat(err()).contains("lacks haarcascade_frontalface_alt2.xml").contains("apt-get install opencv-data");
    }

    private int run(String... args) {
        return MocksyCli.run(
                args,
                new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    /** The photo scaled to 480 rows in the middle of a grey 640x480 frame. */
    private static Mat webcam(Mat photo) {
        Mat frame = new Mat(480, 640, CvType.CV_8UC3, new Scalar(128, 128, 128));
        Mat scaled = new Mat();
        int width = Math.min(640, photo.cols() * 480 / photo.rows());
        Imgproc.resize(photo, scaled, new Size(width, 480));
        scaled.copyTo(frame.submat(0, 480, (640 - width) / 2, (640 - width) / 2 + width));
        return frame;
    }

    private static void require(boolean present, String debianPackage) {
        String message = "install Debian package " + debianPackage;
        if ("true".equalsIgnoreCase(System.getenv("CI")) && !present) {
            fail(message);
        }
        Assumptions.assumeTrue(present, message);
    }
}
