package dev.mocksy.vision.opencv;

import dev.mocksy.UnsupportedInputException;
import dev.mocksy.vision.FrameObservation;
import dev.mocksy.vision.ImageRejectedException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.opencv.core.Mat;
import org.opencv.imgproc.Imgproc;
import org.opencv.videoio.VideoCapture;
import org.opencv.videoio.Videoio;

/**
 * Reads an image, a folder of images or an MJPEG AVI and has each frame observed.
 *
 * <p>The container is recognised from the file's first bytes (and, failing that, its extension), so a renamed MP4 still
 * gets the clear "this build cannot open MP4" error instead of a vague failure.
 */
final class MediaReader {

    static final String NO_FFMPEG = "this OpenCV build (org.openpnp:opencv) has no FFMPEG or GStreamer, so it reads"
            + " only MJPEG AVI files and still images. Convert it first, e.g. `ffmpeg -i INPUT -c:v mjpeg -q:v 3 -an"
            + " answer.avi`, or extract frames with `ffmpeg -i INPUT -vf fps=5 frames/%05d.jpg` and analyse the"
            + " folder";

    private enum Kind {
        IMAGE,
        AVI,
        MP4,
        WEBM,
        UNKNOWN
    }

    /** No image file beyond this is read into memory: far above a 40-megapixel PNG. */
    private static final long MAX_FILE_BYTES = 256L * 1024 * 1024;

    private final OpenCvVisionAnalyzer analyzer;
    private final double framesPerSecond;

    MediaReader(OpenCvVisionAnalyzer analyzer, double framesPerSecond) {
        if (!(framesPerSecond > 0 && framesPerSecond <= 1000)) {
            throw new IllegalArgumentException("framesPerSecond must be between 0 and 1000, got " + framesPerSecond);
        }
        this.analyzer = analyzer;
        this.framesPerSecond = framesPerSecond;
    }

    List<FrameObservation> read(Path path) {
        if (!Files.exists(path)) {
            throw new UnsupportedInputException(
                    "no such file or folder: " + path + " (give an image, a folder of images or an MJPEG AVI)");
        }
        if (Files.isDirectory(path)) {
            return readFolder(path);
        }
        Kind kind = kind(path);
        switch (kind) {
            case IMAGE:
                return List.of(readImage(path, Duration.ZERO));
            case AVI:
                return readVideo(path);
            case MP4:
                throw new UnsupportedInputException("cannot open MP4 in this build: " + path + ": " + NO_FFMPEG);
            case WEBM:
                throw new UnsupportedInputException("cannot open WebM in this build: " + path + ": " + NO_FFMPEG);
            default:
                throw new UnsupportedInputException("unsupported file type: " + path
                        + " is not a JPEG, PNG or BMP image nor an MJPEG AVI (first bytes " + head(path) + ")");
        }
    }

    private List<FrameObservation> readFolder(Path folder) {
        List<Path> images;
        try (Stream<Path> files = Files.list(folder)) {
            images = files.filter(Files::isRegularFile)
                    .filter(MediaReader::hasImageExtension)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UnsupportedInputException("cannot list the folder " + folder + ": " + e.getMessage(), e);
        }
        if (images.isEmpty()) {
            throw new UnsupportedInputException("the folder " + folder + " holds no .jpg, .jpeg, .png or .bmp images");
        }
        List<FrameObservation> observations = new ArrayList<>(images.size());
        for (int i = 0; i < images.size(); i++) {
            observations.add(readImage(images.get(i), timestamp(i / framesPerSecond)));
        }
        return List.copyOf(observations);
    }

    private FrameObservation readImage(Path file, Duration timestamp) {
        long size = size(file);
        if (size == 0) {
            throw new ImageRejectedException(
                    ImageRejectedException.Reason.EMPTY, "the file " + file + " is empty (0 bytes)");
        }
        if (size > MAX_FILE_BYTES) {
            throw new ImageRejectedException(
                    ImageRejectedException.Reason.TOO_LARGE,
                    "the file " + file + " holds " + size / (1024 * 1024)
                            + " MB, more than an image this analyzer reads (" + MAX_FILE_BYTES / (1024 * 1024)
                            + " MB); send a smaller image");
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UnsupportedInputException("cannot read " + file + ": " + e.getMessage(), e);
        }
        Mat grey = FrameDecoder.decode(bytes, "the image " + file, analyzer.maxPixels());
        try {
            return analyzer.observe(grey, timestamp);
        } finally {
            grey.release();
        }
    }

    private List<FrameObservation> readVideo(Path file) {
        VideoCapture capture = new VideoCapture(file.toString(), Videoio.CAP_ANY);
        Mat frame = new Mat();
        Mat grey = new Mat();
        try {
            if (!capture.isOpened()) {
                throw new UnsupportedInputException(
                        "cannot open the AVI " + file + ": it is corrupt or not MJPEG-encoded; " + NO_FFMPEG);
            }
            int frameWidth = (int) capture.get(Videoio.CAP_PROP_FRAME_WIDTH);
            int frameHeight = (int) capture.get(Videoio.CAP_PROP_FRAME_HEIGHT);
            FrameDecoder.requireWithinLimit(
                    "a frame of the video " + file,
                    (long) frameWidth * frameHeight,
                    frameWidth,
                    frameHeight,
                    analyzer.maxPixels());
            double videoFps = capture.get(Videoio.CAP_PROP_FPS);
            if (!(videoFps > 0 && videoFps < 1000)) {
                videoFps = framesPerSecond;
            }
            List<FrameObservation> observations = new ArrayList<>();
            double nextSample = 0;
            for (long index = 0; capture.grab(); index++) {
                double seconds = index / videoFps;
                // Sample at most framesPerSecond: skipped frames are grabbed but never decoded.
                if (seconds + 1e-9 < nextSample) {
                    continue;
                }
                nextSample += 1.0 / framesPerSecond;
                if (!capture.retrieve(frame) || frame.empty()) {
                    break;
                }
                if (frame.channels() == 1) {
                    frame.copyTo(grey);
                } else {
                    Imgproc.cvtColor(frame, grey, Imgproc.COLOR_BGR2GRAY);
                }
                observations.add(analyzer.observe(grey, timestamp(seconds)));
            }
            if (observations.isEmpty()) {
                throw new UnsupportedInputException(
                        "no frame could be read from " + file + ": it is corrupt or not MJPEG-encoded; " + NO_FFMPEG);
            }
            return List.copyOf(observations);
        } finally {
            frame.release();
            grey.release();
            capture.release();
        }
    }

    private static Kind kind(Path file) {
        byte[] head = readHead(file, 16);
        if (head.length == 0) {
            throw new UnsupportedInputException("the file " + file + " is empty (0 bytes)");
        }
        if (startsWith(head, 0xff, 0xd8, 0xff) || startsWith(head, 0x89, 'P', 'N', 'G') || startsWith(head, 'B', 'M')) {
            return Kind.IMAGE;
        }
        if (startsWith(head, 'R', 'I', 'F', 'F')
                && head.length >= 12
                && head[8] == 'A'
                && head[9] == 'V'
                && head[10] == 'I') {
            return Kind.AVI;
        }
        if (head.length >= 8 && head[4] == 'f' && head[5] == 't' && head[6] == 'y' && head[7] == 'p') {
            return Kind.MP4;
        }
        if (startsWith(head, 0x1a, 0x45, 0xdf, 0xa3)) {
            return Kind.WEBM;
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".mp4") || name.endsWith(".m4v") || name.endsWith(".mov")) {
            return Kind.MP4;
        }
        if (name.endsWith(".webm") || name.endsWith(".mkv")) {
            return Kind.WEBM;
        }
        return Kind.UNKNOWN;
    }

    private static boolean hasImageExtension(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".jpg") || name.endsWith(".jpeg") || name.endsWith(".png") || name.endsWith(".bmp");
    }

    private static boolean startsWith(byte[] head, int... signature) {
        if (head.length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if ((head[i] & 0xff) != signature[i]) {
                return false;
            }
        }
        return true;
    }

    private static byte[] readHead(Path file, int count) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(count);
        } catch (IOException e) {
            throw new UnsupportedInputException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static String head(Path file) {
        byte[] head = readHead(file, 8);
        return java.util.HexFormat.ofDelimiter(" ").formatHex(head);
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UnsupportedInputException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static Duration timestamp(double seconds) {
        return Duration.ofNanos(Math.round(seconds * 1e9));
    }
}
