package dev.mocksy.vision;

import java.time.Duration;
import java.util.List;

/** Builds observations for tests: a 640x480 frame with zero or more faces. */
public final class Observations {

    private Observations() {}

    public static FrameObservation empty(long millis) {
        return new FrameObservation(Duration.ofMillis(millis), 640, 480, List.of(), 120, 300, false, false);
    }

    public static FrameObservation looking(long millis) {
        return withFaces(millis, face(270, 190, 100, true, true, false));
    }

    public static FrameObservation smiling(long millis) {
        return withFaces(millis, face(270, 190, 100, true, true, true));
    }

    public static FrameObservation lookingAway(long millis) {
        return withFaces(millis, face(270, 190, 100, false, true, false));
    }

    public static FrameObservation at(long millis, int x, int y) {
        return withFaces(millis, face(x, y, 100, true, false, false));
    }

    public static FrameObservation twoPeople(long millis) {
        return withFaces(millis, face(100, 190, 100, true, false, false), face(420, 200, 80, true, false, false));
    }

    public static FrameObservation withFaces(long millis, DetectedFace... faces) {
        return new FrameObservation(Duration.ofMillis(millis), 640, 480, List.of(faces), 120, 300, false, false);
    }

    public static DetectedFace face(int x, int y, int size, boolean frontal, boolean centred, boolean smile) {
        return new DetectedFace(new FaceBox(x, y, size, size), frontal ? 2 : 1, frontal, centred, smile);
    }
}
