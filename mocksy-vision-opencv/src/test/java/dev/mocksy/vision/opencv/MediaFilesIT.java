package dev.mocksy.vision.opencv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.mocksy.UnsupportedInputException;
import dev.mocksy.vision.FrameObservation;
import dev.mocksy.vision.ImageRejectedException;
import dev.mocksy.vision.VisionSummary;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Images, folders and MJPEG AVI files, and every kind of bad file. */
class MediaFilesIT {

    private static OpenCvVisionAnalyzer analyzer;

    @TempDir
    Path dir;

    @BeforeAll
    static void setUp() {
        analyzer =
                OpenCvVisionAnalyzer.builder().cascades(TestImages.cascades()).build();
    }

    @Test
    void should_read_an_mjpeg_avi_written_with_opencv_and_summarise_it() {
        // given 2 s at 10 fps: 1 s of the astronaut, 0.3 s of black, 0.7 s of a group of four
        Path avi = Videos.write(dir.resolve("answer.avi"), 10, Videos.sequence(10, 3, 7));

        List<FrameObservation> frames = analyzer.analyzeFile(avi, 10);
        VisionSummary summary = VisionSummary.of(frames);

        assertThat(frames).hasSize(20);
        assertThat(frames.get(1).timestamp()).isEqualTo(Duration.ofMillis(100));
        assertThat(frames.subList(0, 10))
                .allSatisfy(frame -> assertThat(frame.faceCount()).isEqualTo(1));
        assertThat(frames.subList(10, 13))
                .allSatisfy(frame -> assertThat(frame.faceCount()).isZero());
        assertThat(frames.subList(13, 20))
                .allSatisfy(frame -> assertThat(frame.faceCount()).isGreaterThan(1));
        assertThat(summary.longestAbsence()).isEqualTo(Duration.ofMillis(300));
        assertThat(summary.inFrameShare()).isCloseTo(0.85, within(1e-9));
        assertThat(summary.warnings()).anyMatch(line -> line.startsWith("More than one person was in frame 35%"));
    }

    @Test
    void should_sample_a_video_at_the_requested_rate() {
        Path avi = Videos.write(dir.resolve("answer.avi"), 10, Videos.sequence(10, 0, 0));

        List<FrameObservation> frames = analyzer.analyzeFile(avi, 2.5);

        assertThat(frames).extracting(frame -> frame.timestamp().toMillis()).containsExactly(0L, 400L, 800L);
    }

    @Test
    void should_read_a_folder_of_snapshots_in_name_order() throws Exception {
        Files.copy(TestImages.skimage("coffee.png"), dir.resolve("frame-002.png"));
        Files.copy(TestImages.skimage("astronaut.png"), dir.resolve("frame-001.png"));
        Files.writeString(dir.resolve("notes.txt"), "not an image");

        List<FrameObservation> frames = analyzer.analyzeFile(dir, 2);

        assertThat(frames).extracting(FrameObservation::faceCount).containsExactly(1, 0);
        assertThat(frames)
                .extracting(FrameObservation::timestamp)
                .containsExactly(Duration.ZERO, Duration.ofMillis(500));
    }

    @Test
    void should_say_clearly_that_this_build_cannot_open_mp4() throws Exception {
        Path fake = dir.resolve("answer.mp4");
        Files.writeString(fake, "this is not really a video", StandardCharsets.US_ASCII);
        Path renamed = dir.resolve("answer.avi");
        // an MP4 header (size, "ftyp", brand "isom") behind an .avi name
        Files.write(renamed, new byte[] {0, 0, 0, 24, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm', 0, 0, 2, 0});

        assertThatThrownBy(() -> analyzer.analyzeFile(fake, 5))
                .isInstanceOf(UnsupportedInputException.class)
                .hasMessageContaining("cannot open MP4 in this build")
                .hasMessageContaining("ffmpeg -i INPUT -c:v mjpeg");
        assertThatThrownBy(() -> analyzer.analyzeFile(renamed, 5))
                .isInstanceOf(UnsupportedInputException.class)
                .hasMessageContaining("cannot open MP4 in this build");
    }

    @Test
    void should_say_clearly_that_this_build_cannot_open_webm() throws Exception {
        Path webm = dir.resolve("answer.webm");
        Files.write(webm, new byte[] {0x1a, 0x45, (byte) 0xdf, (byte) 0xa3, 1, 2, 3, 4});

        assertThatThrownBy(() -> analyzer.analyzeFile(webm, 5))
                .isInstanceOf(UnsupportedInputException.class)
                .hasMessageContaining("cannot open WebM in this build");
    }

    @Test
    void should_reject_a_missing_path_an_empty_file_and_an_unknown_container() throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.jpg"));
        Path gif = dir.resolve("wave.gif");
        Files.write(gif, "GIF89a....".getBytes(StandardCharsets.US_ASCII));

        assertThatThrownBy(() -> analyzer.analyzeFile(dir.resolve("nowhere.avi"), 5))
                .isInstanceOf(UnsupportedInputException.class)
                .hasMessageContaining("no such file or folder");
        assertThatThrownBy(() -> analyzer.analyzeFile(empty, 5))
                .isInstanceOf(UnsupportedInputException.class)
                .hasMessageContaining("is empty (0 bytes)");
        assertThatThrownBy(() -> analyzer.analyzeFile(gif, 5))
                .isInstanceOf(UnsupportedInputException.class)
                .hasMessageContaining("unsupported file type")
                .hasMessageContaining("47 49 46 38");
    }

    @Test
    void should_reject_a_corrupt_image_and_a_corrupt_avi() throws Exception {
        Path truncated = TestImages.skimage("truncated.jpg");
        Path avi = dir.resolve("broken.avi");
        byte[] riff = "RIFF\0\0\0\0AVI LIST garbage garbage garbage".getBytes(StandardCharsets.US_ASCII);
        Files.write(avi, riff);
        Path noImages = Files.createDirectory(dir.resolve("empty-folder"));

        assertThatThrownBy(() -> analyzer.analyzeFile(truncated, 5))
                .isInstanceOf(ImageRejectedException.class)
                .hasMessageContaining("truncated.jpg is a JPEG image cut short");
        assertThatThrownBy(() -> analyzer.analyzeFile(avi, 5))
                .isInstanceOf(UnsupportedInputException.class)
                .hasMessageContaining("broken.avi")
                .hasMessageContaining("not MJPEG-encoded");
        assertThatThrownBy(() -> analyzer.analyzeFile(noImages, 5))
                .isInstanceOf(UnsupportedInputException.class)
                .hasMessageContaining("holds no .jpg, .jpeg, .png or .bmp images");
    }

    @Test
    void should_reject_a_nonsensical_rate() {
        assertThatThrownBy(() -> analyzer.analyzeFile(dir, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("framesPerSecond must be between 0 and 1000");
    }
}
