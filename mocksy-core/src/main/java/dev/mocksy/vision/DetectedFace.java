package dev.mocksy.vision;

import java.util.Objects;

/**
 * One face found in a frame, with what can be seen of it.
 *
 * @param box where it is
 * @param eyesFound how many eyes were found inside the face (0 to 2)
 * @param frontal whether it faces the camera: both eyes found, one on each side, roughly level
 * @param centred whether its centre is near the centre of the frame
 * @param smile whether a smile was found in the lower part of the face
 */
public record DetectedFace(FaceBox box, int eyesFound, boolean frontal, boolean centred, boolean smile) {

    public DetectedFace {
        Objects.requireNonNull(box, "box");
        if (eyesFound < 0 || eyesFound > 2) {
            throw new IllegalArgumentException("eyesFound must be between 0 and 2, got " + eyesFound);
        }
        if (frontal && eyesFound < 2) {
            throw new IllegalArgumentException("a frontal face needs both eyes found, got " + eyesFound);
        }
    }
}
