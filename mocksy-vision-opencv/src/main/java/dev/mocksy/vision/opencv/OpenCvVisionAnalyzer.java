package dev.mocksy.vision.opencv;

import dev.mocksy.ProviderException;
import dev.mocksy.vision.DetectedFace;
import dev.mocksy.vision.FaceBox;
import dev.mocksy.vision.Frame;
import dev.mocksy.vision.FrameObservation;
import dev.mocksy.vision.VisionAnalyzer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import org.opencv.core.Core;
import org.opencv.core.CvException;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.MatOfDouble;
import org.opencv.core.MatOfRect;
import org.opencv.core.Rect;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;
import org.slf4j.LoggerFactory;

/**
 * Observes webcam frames on the device with OpenCV's Haar cascades: faces, eyes inside each face, a smile inside each
 * face, brightness and focus. Nothing leaves the machine and no emotion is inferred.
 *
 * <pre>{@code
 * OpenCvVisionAnalyzer analyzer = OpenCvVisionAnalyzer.builder().build(); // finds the cascades
 * FrameObservation seen = analyzer.analyze(Frame.encoded(jpeg, Duration.ofMillis(400)));
 * List<FrameObservation> video = analyzer.analyzeFile(Path.of("answer.avi"), 5);
 * }</pre>
 *
 * <p>How a frame is analysed: it is decoded to grey, scaled down to {@link Builder#workingWidth} (320 px by default)
 * and histogram-equalised; faces are searched there. Each face is then cut from the full-resolution image and
 * scaled to 128x128, where eyes are searched in the upper part and a smile in the lower part. A face is
 * <em>frontal</em> when an eye is found on each side and the line between them tilts at most
 * {@link Builder#maxEyeTiltDegrees}; <em>centred</em> when its centre lies within {@link Builder#centreTolerance}
 * of the frame's centre (as a fraction of width and height).
 *
 * <p>Thread-safe. OpenCV's {@code CascadeClassifier} is not, so each concurrent call borrows its own set of
 * classifiers from a pool (created on first need, then reused): up to {@link Builder#maxConcurrency} frames are
 * analysed in parallel and further callers wait. {@code maxConcurrency(1)} behaves like a synchronized analyzer.
 */
public final class OpenCvVisionAnalyzer implements VisionAnalyzer {

    /** The setting that raises or lowers {@link Builder#maxPixels}, in pixels. */
    public static final String MAX_PIXELS_SETTING = "mocksy.vision.max-pixels";

    /** The default pixel limit: 40 megapixels, far above any webcam and most phone photos. */
    public static final long DEFAULT_MAX_PIXELS = 40_000_000L;

    private static final int FACE_SIZE = 128;
    private static final int CASCADE_MIN_FACE = 24;
    /** How much the face search window grows per level; 1.15 was a third faster but found fewer faces in our photos. */
    private static final double FACE_SCALE_STEP = 1.1;
    /** Eyes lie between 15% and 60% of a Haar face box's height: the forehead above holds none. */
    private static final double EYES_TOP = 0.15;

    private final HaarCascades cascades;
    private final int workingWidth;
    private final double minFaceFraction;
    private final double centreTolerance;
    private final double maxEyeSlope;
    private final int faceMinNeighbors;
    private final int smileMinNeighbors;
    private final double darkBelow;
    private final double blurBelow;
    private final long maxPixels;
    private final ConcurrentLinkedQueue<FaceDetectors> idle = new ConcurrentLinkedQueue<>();
    private final Semaphore permits;

    private OpenCvVisionAnalyzer(Builder builder) {
        OpenCvNatives.load();
        this.cascades = builder.cascades != null ? builder.cascades : HaarCascades.locate(Optional.empty());
        this.workingWidth = builder.workingWidth;
        this.minFaceFraction = builder.minFaceFraction;
        this.centreTolerance = builder.centreTolerance;
        this.maxEyeSlope = Math.tan(Math.toRadians(builder.maxEyeTiltDegrees));
        this.faceMinNeighbors = builder.faceMinNeighbors;
        this.smileMinNeighbors = builder.smileMinNeighbors;
        this.darkBelow = builder.darkBelow;
        this.blurBelow = builder.blurBelow;
        this.maxPixels = builder.maxPixels;
        this.permits = new Semaphore(builder.maxConcurrency);
        // Load one set now so that a broken cascade file fails at construction, not at the first frame.
        idle.add(new FaceDetectors(cascades));
    }

    /** A builder with the defaults described on each setter. */
    public static Builder builder() {
        return new Builder();
    }

    /** The cascades in use. */
    public HaarCascades cascades() {
        return cascades;
    }

    /**
     * Observes one frame.
     *
     * @throws dev.mocksy.vision.ImageRejectedException when the frame is empty, over {@link Builder#maxPixels}, cut
     *     short, corrupt or not a JPEG, PNG or BMP image; its reason says which
     */
    @Override
    public FrameObservation analyze(Frame frame) {
        Objects.requireNonNull(frame, "frame");
        Mat grey = FrameDecoder.grey(frame, maxPixels);
        try {
            return observe(grey, frame.timestamp());
        } finally {
            grey.release();
        }
    }

    /** The most pixels a frame or image may have. */
    public long maxPixels() {
        return maxPixels;
    }

    /**
     * Observes an image, a folder of images or an MJPEG AVI file.
     *
     * @param path a JPEG, PNG or BMP image, a folder of them (taken in file-name order), or an MJPEG AVI
     * @param framesPerSecond for a video, the most frames analysed per second of video; for a folder, how many
     *     images were taken per second (their timestamps)
     * @throws dev.mocksy.UnsupportedInputException when the path is missing, empty, corrupt, or a container this
     *     OpenCV build cannot read (MP4, WebM: convert to MJPEG AVI or extract JPEG frames)
     */
    @Override
    public List<FrameObservation> analyzeFile(Path path, double framesPerSecond) {
        return new MediaReader(this, framesPerSecond).read(path);
    }

    /**
     * Observes a grey image; the caller keeps ownership of {@code grey}. OpenCV failing on a decoded image is a
     * provider failure, reported without OpenCV's own text (logged at debug level).
     */
    FrameObservation observe(Mat grey, Duration timestamp) {
        try {
            return observeChecked(grey, timestamp);
        } catch (CvException e) {
            LoggerFactory.getLogger(OpenCvVisionAnalyzer.class).debug("OpenCV failed on a frame: {}", e.getMessage());
            throw new ProviderException(
                    OpenCvVisionProvider.ID,
                    "OpenCV could not analyse a " + grey.cols() + " x " + grey.rows() + " frame; try a smaller or"
                            + " different image");
        }
    }

    private FrameObservation observeChecked(Mat grey, Duration timestamp) {
        int width = grey.cols();
        int height = grey.rows();
        double scale = width > workingWidth ? (double) workingWidth / width : 1.0;
        Mat small = new Mat();
        Mat equalized = new Mat();
        MatOfRect found = new MatOfRect();
        try {
            if (scale < 1.0) {
                Imgproc.resize(grey, small, new Size(), scale, scale, Imgproc.INTER_AREA);
            } else {
                grey.copyTo(small);
            }
            double brightness = Core.mean(small).val[0];
            double sharpness = laplacianVariance(small);
            Imgproc.equalizeHist(small, equalized);

            List<DetectedFace> faces = new ArrayList<>();
            FaceDetectors detectors = borrow();
            try {
                int minFace = Math.max(CASCADE_MIN_FACE, (int) Math.round(minFaceFraction * small.cols()));
                detectors.face.detectMultiScale(
                        equalized, found, FACE_SCALE_STEP, faceMinNeighbors, 0, new Size(minFace, minFace), new Size());
                for (Rect rect : found.toArray()) {
                    FaceBox box = toOriginal(rect, scale, width, height);
                    faces.add(describe(detectors, grey, box, width, height));
                }
            } finally {
                giveBack(detectors);
            }
            return new FrameObservation(
                    timestamp,
                    width,
                    height,
                    withoutShadows(faces),
                    Math.min(255, Math.max(0, brightness)),
                    sharpness,
                    brightness < darkBelow,
                    sharpness < blurBelow);
        } finally {
            small.release();
            equalized.release();
            found.release();
        }
    }

    private DetectedFace describe(FaceDetectors detectors, Mat grey, FaceBox box, int width, int height) {
        Mat face = new Mat();
        MatOfRect eyes = new MatOfRect();
        MatOfRect smiles = new MatOfRect();
        // Sub-matrices share the pixels but own a native header each: all are released below, not left to the GC.
        Mat roi = grey.submat(new Rect(box.x(), box.y(), box.width(), box.height()));
        Mat upper = null;
        Mat lower = null;
        try {
            int interpolation = box.width() > FACE_SIZE ? Imgproc.INTER_AREA : Imgproc.INTER_LINEAR;
            Imgproc.resize(roi, face, new Size(FACE_SIZE, FACE_SIZE), 0, 0, interpolation);
            Imgproc.equalizeHist(face, face);

            // Eyes sit in the upper part of a face box, a smile in the lower: searching only there is faster and
            // keeps nostrils from passing for eyes and eyes for a smile.
            upper = face.submat((int) (FACE_SIZE * EYES_TOP), (int) (FACE_SIZE * 0.6), 0, FACE_SIZE);
            detectors.eye.detectMultiScale(
                    upper,
                    eyes,
                    1.1,
                    3,
                    0,
                    new Size(FACE_SIZE * 0.15, FACE_SIZE * 0.15),
                    new Size(FACE_SIZE * 0.35, FACE_SIZE * 0.35));
            Rect[] eyeRects = eyes.toArray();
            int eyesFound = eyesFound(eyeRects);
            boolean frontal = eyesFound == 2 && level(eyeRects);

            lower = face.submat((int) (FACE_SIZE * 0.55), FACE_SIZE, 0, FACE_SIZE);
            detectors.smile.detectMultiScale(
                    lower, smiles, 1.1, smileMinNeighbors, 0, new Size(FACE_SIZE * 0.3, FACE_SIZE * 0.14), new Size());
            boolean smile = !smiles.empty();

            boolean centred = Math.abs(box.centreX() / width - 0.5) <= centreTolerance
                    && Math.abs(box.centreY() / height - 0.5) <= centreTolerance;
            return new DetectedFace(box, eyesFound, frontal, centred, smile);
        } finally {
            roi.release();
            if (upper != null) {
                upper.release();
            }
            if (lower != null) {
                lower.release();
            }
            face.release();
            eyes.release();
            smiles.release();
        }
    }

    /**
     * Drops eyeless boxes that mostly cover a face with eyes: the cascade sometimes fires again on a larger window
     * around a real face (chin, hair and neck), which would count one person twice.
     */
    private static List<DetectedFace> withoutShadows(List<DetectedFace> faces) {
        List<DetectedFace> kept = new ArrayList<>(faces.size());
        for (DetectedFace face : faces) {
            boolean shadow = face.eyesFound() == 0
                    && faces.stream()
                            .anyMatch(other -> other != face && other.eyesFound() > 0 && overlap(face, other) > 0.3);
            if (!shadow) {
                kept.add(face);
            }
        }
        return kept;
    }

    /** The intersection of two boxes as a share of the smaller one. */
    private static double overlap(DetectedFace a, DetectedFace b) {
        FaceBox p = a.box();
        FaceBox q = b.box();
        long w = Math.max(0, Math.min(p.x() + p.width(), q.x() + q.width()) - Math.max(p.x(), q.x()));
        long h = Math.max(0, Math.min(p.y() + p.height(), q.y() + q.height()) - Math.max(p.y(), q.y()));
        return (double) (w * h) / Math.min(p.area(), q.area());
    }

    /** 0, 1 or 2: whether an eye was found on the face's left side and on its right side. */
    private static int eyesFound(Rect[] eyes) {
        boolean left = false;
        boolean right = false;
        for (Rect eye : eyes) {
            if (centreX(eye) < FACE_SIZE / 2.0) {
                left = true;
            } else {
                right = true;
            }
        }
        return (left ? 1 : 0) + (right ? 1 : 0);
    }

    /** Whether some left eye and right eye are apart and on a line tilted at most the allowed angle. */
    private boolean level(Rect[] eyes) {
        for (Rect left : eyes) {
            for (Rect right : eyes) {
                double dx = centreX(right) - centreX(left);
                double dy = centreY(right) - centreY(left);
                if (centreX(left) < FACE_SIZE / 2.0
                        && centreX(right) >= FACE_SIZE / 2.0
                        && dx >= FACE_SIZE * 0.2
                        && Math.abs(dy) <= maxEyeSlope * dx) {
                    return true;
                }
            }
        }
        return false;
    }

    private static double centreX(Rect rect) {
        return rect.x + rect.width / 2.0;
    }

    private static double centreY(Rect rect) {
        return rect.y + rect.height / 2.0;
    }

    private static FaceBox toOriginal(Rect rect, double scale, int width, int height) {
        int x = (int) Math.floor(rect.x / scale);
        int y = (int) Math.floor(rect.y / scale);
        int right = Math.min(width, (int) Math.ceil((rect.x + rect.width) / scale));
        int bottom = Math.min(height, (int) Math.ceil((rect.y + rect.height) / scale));
        return new FaceBox(x, y, Math.max(1, right - x), Math.max(1, bottom - y));
    }

    /** The variance of the Laplacian: edges make it large, blur makes it small. */
    private static double laplacianVariance(Mat grey) {
        Mat laplacian = new Mat();
        MatOfDouble mean = new MatOfDouble();
        MatOfDouble deviation = new MatOfDouble();
        try {
            Imgproc.Laplacian(grey, laplacian, CvType.CV_64F);
            Core.meanStdDev(laplacian, mean, deviation);
            double sd = deviation.toArray()[0];
            return sd * sd;
        } finally {
            laplacian.release();
            mean.release();
            deviation.release();
        }
    }

    private FaceDetectors borrow() {
        permits.acquireUninterruptibly();
        FaceDetectors detectors = idle.poll();
        if (detectors != null) {
            return detectors;
        }
        try {
            return new FaceDetectors(cascades);
        } catch (RuntimeException e) {
            permits.release();
            throw e;
        }
    }

    private void giveBack(FaceDetectors detectors) {
        idle.add(detectors);
        permits.release();
    }

    /** Builds an {@link OpenCvVisionAnalyzer}; every setter validates at once and names the field. */
    public static final class Builder {
        private HaarCascades cascades;
        private int workingWidth = 320;
        private double minFaceFraction = 0.075;
        private double centreTolerance = 0.2;
        private double maxEyeTiltDegrees = 20;
        private int faceMinNeighbors = 4;
        private int smileMinNeighbors = 25;
        private double darkBelow = 30;
        private double blurBelow = 40;
        private int maxConcurrency = Runtime.getRuntime().availableProcessors();
        private long maxPixels = DEFAULT_MAX_PIXELS;

        private Builder() {}

        /**
         * The most pixels (width times height) a frame or image may have; a larger one is refused from its header,
         * before any pixel is decoded. Default {@value OpenCvVisionAnalyzer#DEFAULT_MAX_PIXELS}.
         */
        public Builder maxPixels(long maxPixels) {
            if (maxPixels < 64 * 64) {
                throw new IllegalArgumentException("maxPixels must be at least 4096 (64 x 64), got " + maxPixels);
            }
            this.maxPixels = maxPixels;
            return this;
        }

        /** The folder holding the three cascade files; default: the usual install locations. */
        public Builder cascades(Path folder) {
            this.cascades = HaarCascades.in(folder);
            return this;
        }

        /** The cascade files themselves. */
        public Builder cascades(HaarCascades cascades) {
            this.cascades = Objects.requireNonNull(cascades, "cascades");
            return this;
        }

        /** Frames wider than this are scaled down to it before faces are searched; default 320 px. */
        public Builder workingWidth(int workingWidth) {
            if (workingWidth < 64) {
                throw new IllegalArgumentException("workingWidth must be at least 64, got " + workingWidth);
            }
            this.workingWidth = workingWidth;
            return this;
        }

        /** Faces narrower than this fraction of the frame width are ignored; default 0.075 (48 px at 640). */
        public Builder minFaceFraction(double minFaceFraction) {
            requireFraction(minFaceFraction, "minFaceFraction");
            this.minFaceFraction = minFaceFraction;
            return this;
        }

        /** How far from the frame's centre a face's centre may be, as a fraction of width and height; default 0.2. */
        public Builder centreTolerance(double centreTolerance) {
            requireFraction(centreTolerance, "centreTolerance");
            this.centreTolerance = centreTolerance;
            return this;
        }

        /** The most the line between the eyes may tilt for a frontal face; default 20 degrees. */
        public Builder maxEyeTiltDegrees(double maxEyeTiltDegrees) {
            if (!(maxEyeTiltDegrees > 0 && maxEyeTiltDegrees < 90)) {
                throw new IllegalArgumentException(
                        "maxEyeTiltDegrees must be between 0 and 90, got " + maxEyeTiltDegrees);
            }
            this.maxEyeTiltDegrees = maxEyeTiltDegrees;
            return this;
        }

        /** How many overlapping detections a face needs; higher finds fewer, surer faces; default 4. */
        public Builder faceMinNeighbors(int faceMinNeighbors) {
            if (faceMinNeighbors < 1) {
                throw new IllegalArgumentException("faceMinNeighbors must be positive, got " + faceMinNeighbors);
            }
            this.faceMinNeighbors = faceMinNeighbors;
            return this;
        }

        /** How many overlapping detections a smile needs; higher finds fewer, surer smiles; default 25. */
        public Builder smileMinNeighbors(int smileMinNeighbors) {
            if (smileMinNeighbors < 1) {
                throw new IllegalArgumentException("smileMinNeighbors must be positive, got " + smileMinNeighbors);
            }
            this.smileMinNeighbors = smileMinNeighbors;
            return this;
        }

        /** Frames with a mean grey level below this (0-255) are too dark; default 30. */
        public Builder darkBelow(double darkBelow) {
            if (!(darkBelow >= 0 && darkBelow <= 255)) {
                throw new IllegalArgumentException("darkBelow must be between 0 and 255, got " + darkBelow);
            }
            this.darkBelow = darkBelow;
            return this;
        }

        /** Frames whose sharpness (variance of the Laplacian at the working width) is below this are blurred. */
        public Builder blurBelow(double blurBelow) {
            if (!(blurBelow >= 0)) {
                throw new IllegalArgumentException("blurBelow must not be negative, got " + blurBelow);
            }
            this.blurBelow = blurBelow;
            return this;
        }

        /** The most frames analysed at once (each needs its own classifiers); default: the processor count. */
        public Builder maxConcurrency(int maxConcurrency) {
            if (maxConcurrency < 1) {
                throw new IllegalArgumentException("maxConcurrency must be positive, got " + maxConcurrency);
            }
            this.maxConcurrency = maxConcurrency;
            return this;
        }

        /**
         * Loads the natives and the cascades.
         *
         * @throws CascadesNotFoundException when no cascades are configured or installed, saying how to get them
         */
        public OpenCvVisionAnalyzer build() {
            return new OpenCvVisionAnalyzer(this);
        }

        private static void requireFraction(double value, String field) {
            if (!(value > 0 && value < 1)) {
                throw new IllegalArgumentException(field + " must be between 0 and 1, got " + value);
            }
        }
    }
}
