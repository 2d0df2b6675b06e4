package dev.mocksy.vision;

import dev.mocksy.UnsupportedInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** Reads an image file, or a folder of them, into frames for {@link VisionAnalyzer#analyzeFile}. */
final class FrameFiles {

    private static final List<String> IMAGES = List.of(".jpg", ".jpeg", ".png", ".bmp");

    private FrameFiles() {}

    static List<Frame> read(Path path, double framesPerSecond) {
        if (!(framesPerSecond > 0)) {
            throw new IllegalArgumentException("framesPerSecond must be positive, got " + framesPerSecond);
        }
        if (!Files.exists(path)) {
            throw new UnsupportedInputException(
                    "no such file or folder: " + path + " (give an image or a folder of" + " images)");
        }
        List<Path> files = new ArrayList<>();
        if (Files.isDirectory(path)) {
            try (Stream<Path> listed = Files.list(path)) {
                listed.filter(FrameFiles::isImage).sorted().forEach(files::add);
            } catch (IOException e) {
                throw new UnsupportedInputException("cannot list " + path + ": " + e.getMessage());
            }
            if (files.isEmpty()) {
                throw new UnsupportedInputException(path + " holds no JPEG, PNG or BMP image");
            }
        } else {
            files.add(path);
        }
        List<Frame> frames = new ArrayList<>(files.size());
        for (int i = 0; i < files.size(); i++) {
            Duration at = Duration.ofMillis(Math.round(i * 1000 / framesPerSecond));
            try {
                frames.add(Frame.encoded(Files.readAllBytes(files.get(i)), at));
            } catch (IOException e) {
                throw new UnsupportedInputException("cannot read " + files.get(i) + ": " + e.getMessage());
            }
        }
        return frames;
    }

    private static boolean isImage(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return Files.isRegularFile(file) && IMAGES.stream().anyMatch(name::endsWith);
    }
}
