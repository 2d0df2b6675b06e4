package dev.mocksy.vision;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Observes webcam frames on the device: who is in frame, facing the camera, smiling, and how good the picture is.
 *
 * <p>Implementations report observable facts only and never infer emotions. Callers in an assessment context check
 * a {@link VisionPolicy} first ({@link dev.mocksy.interview.InterviewSession#observeFrame} does).
 */
public interface VisionAnalyzer {

    /**
     * Observes one frame.
     *
     * @throws dev.mocksy.UnsupportedInputException when the image cannot be decoded; send JPEG, PNG or raw pixels
     */
    FrameObservation analyze(Frame frame);

    /** Observes frames in order. */
    default List<FrameObservation> analyzeAll(List<Frame> frames) {
        List<FrameObservation> observations = new ArrayList<>(frames.size());
        for (Frame frame : frames) {
            observations.add(analyze(frame));
        }
        return List.copyOf(observations);
    }

    /**
     * Observes the frames of a file: an image, or a folder of images taken {@code framesPerSecond} apart in name
     * order. Analyzers that read video files override this to accept them too.
     *
     * @throws dev.mocksy.UnsupportedInputException when the path is missing or holds no image this analyzer reads
     */
    default List<FrameObservation> analyzeFile(Path path, double framesPerSecond) {
        return analyzeAll(FrameFiles.read(path, framesPerSecond));
    }
}
