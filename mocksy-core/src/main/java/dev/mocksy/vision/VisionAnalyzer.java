package dev.mocksy.vision;

import java.util.ArrayList;
import java.util.List;

/**
 * Observes webcam frames on the device: who is in frame, facing the camera, smiling, and how good the picture is.
 *
 * <p>Implementations report observable facts only and never infer emotions. Callers in an assessment context check
 * a {@link VisionPolicy} first ({@link VisionRecorder} does).
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
}
