package dev.mocksy.vision.opencv;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.opencv.core.Mat;
import org.opencv.core.Size;
import org.opencv.videoio.VideoWriter;

/** Writes MJPEG AVI files with OpenCV's own writer, which this build has without FFMPEG. */
final class Videos {

    private Videos() {}

    /** {@code faces} frames of the astronaut, {@code empty} black frames, then {@code groups} frames of four people. */
    static List<Mat> sequence(int faces, int empty, int groups) {
        List<Mat> frames = new ArrayList<>();
        Mat astronaut = Pictures.webcam(Pictures.read(TestImages.skimage("astronaut.png")), 480);
        for (int i = 0; i < faces; i++) {
            frames.add(astronaut);
        }
        Mat black = Pictures.black();
        for (int i = 0; i < empty; i++) {
            frames.add(black);
        }
        if (groups > 0) {
            Mat group = Pictures.webcam(Pictures.read(TestImages.faceApi("sample6.jpg")), 480);
            for (int i = 0; i < groups; i++) {
                frames.add(group);
            }
        }
        return frames;
    }

    static Path write(Path file, double fps, List<Mat> frames) {
        VideoWriter writer = new VideoWriter(
                file.toString(),
                VideoWriter.fourcc('M', 'J', 'P', 'G'),
                fps,
                new Size(Pictures.WIDTH, Pictures.HEIGHT),
                true);
        if (!writer.isOpened()) {
            throw new IllegalStateException("OpenCV cannot write MJPEG AVI to " + file);
        }
        try {
            frames.forEach(writer::write);
        } finally {
            writer.release();
        }
        return file;
    }
}
