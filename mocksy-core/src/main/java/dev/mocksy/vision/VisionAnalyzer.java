package dev.mocksy.vision;

/** Observes webcam frames on the device. */
public interface VisionAnalyzer {

    /**
     * Observes one frame.
     *
     * @throws dev.mocksy.UnsupportedInputException when the image cannot be decoded
     */
    FrameObservation analyze(Frame frame);
}
