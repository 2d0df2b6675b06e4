package dev.mocksy.vision;

import java.time.Duration;

/**
 * What was observed in one frame: facts, never feelings.
 *
 * @param timestamp the frame's time
 * @param faceCount how many faces were found
 * @param frontal whether the main face looks at the camera
 * @param centred whether the main face is near the centre of the frame
 */
public record FrameObservation(Duration timestamp, int faceCount, boolean frontal, boolean centred) {}
