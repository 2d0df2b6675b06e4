package dev.mocksy.vision.opencv;

import dev.mocksy.ProviderException;
import java.nio.file.Path;
import org.opencv.core.CvException;
import org.opencv.objdetect.CascadeClassifier;

/**
 * One set of face, eye and smile classifiers. Not thread-safe, like {@link CascadeClassifier} itself: the analyzer
 * lends each set to one thread at a time.
 */
final class FaceDetectors {

    final CascadeClassifier face;
    final CascadeClassifier eye;
    final CascadeClassifier smile;

    FaceDetectors(HaarCascades cascades) {
        this.face = load(cascades.face());
        this.eye = load(cascades.eye());
        this.smile = load(cascades.smile());
    }

    private static CascadeClassifier load(Path file) {
        String problem = "OpenCV could not load the cascade " + file
                + ": the file is not a valid Haar cascade; reinstall opencv-data or fix " + HaarCascades.SETTING;
        CascadeClassifier classifier;
        try {
            classifier = new CascadeClassifier(file.toString());
        } catch (CvException e) {
            throw new ProviderException(OpenCvVisionProvider.ID, problem, e);
        }
        if (classifier.empty()) {
            throw new ProviderException(OpenCvVisionProvider.ID, problem);
        }
        return classifier;
    }
}
