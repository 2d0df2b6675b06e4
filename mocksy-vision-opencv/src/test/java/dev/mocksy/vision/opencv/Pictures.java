package dev.mocksy.vision.opencv;

import java.nio.file.Path;
import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.MatOfByte;
import org.opencv.core.Point;
import org.opencv.core.Rect;
import org.opencv.core.Scalar;
import org.opencv.core.Size;
import org.opencv.imgcodecs.Imgcodecs;
import org.opencv.imgproc.Imgproc;

/** Synthetic test pictures made with OpenCV from real photos: webcam-sized, rotated, tiny, dark, blurred. */
final class Pictures {

    static final int WIDTH = 640;
    static final int HEIGHT = 480;

    private Pictures() {}

    static Mat read(Path file) {
        OpenCvNatives.load();
        Mat image = Imgcodecs.imread(file.toString(), Imgcodecs.IMREAD_COLOR);
        if (image.empty()) {
            throw new IllegalStateException("cannot read " + file);
        }
        return image;
    }

    /** A 640x480 grey-background frame with {@code photo} scaled to {@code height} rows, centred. */
    static Mat webcam(Mat photo, int height) {
        Mat frame = new Mat(HEIGHT, WIDTH, CvType.CV_8UC3, new Scalar(128, 128, 128));
        int width = (int) Math.round(photo.cols() * (double) height / photo.rows());
        Mat scaled = new Mat();
        Imgproc.resize(photo, scaled, new Size(width, height), 0, 0, Imgproc.INTER_AREA);
        int x = (WIDTH - Math.min(width, WIDTH)) / 2;
        int y = (HEIGHT - height) / 2;
        Mat visible = scaled.submat(new Rect(0, 0, Math.min(width, WIDTH), height));
        visible.copyTo(frame.submat(new Rect(x, y, visible.cols(), height)));
        return frame;
    }

    /** A black frame. */
    static Mat black() {
        OpenCvNatives.load();
        return Mat.zeros(HEIGHT, WIDTH, CvType.CV_8UC3);
    }

    /** {@code photo} rotated by {@code degrees} counter-clockwise about its centre, same size. */
    static Mat rotated(Mat photo, double degrees) {
        Mat rotation = Imgproc.getRotationMatrix2D(new Point(photo.cols() / 2.0, photo.rows() / 2.0), degrees, 1.0);
        Mat result = new Mat();
        Imgproc.warpAffine(photo, result, rotation, photo.size(), Imgproc.INTER_LINEAR, Core.BORDER_REPLICATE);
        return result;
    }

    /** {@code photo} with its brightness multiplied by {@code factor}. */
    static Mat dimmed(Mat photo, double factor) {
        Mat result = new Mat();
        photo.convertTo(result, -1, factor, 0);
        return result;
    }

    /** {@code photo} blurred with a Gaussian of the given sigma, like a camera out of focus. */
    static Mat blurred(Mat photo, double sigma) {
        Mat result = new Mat();
        Imgproc.GaussianBlur(photo, result, new Size(0, 0), sigma);
        return result;
    }

    /** A region of {@code photo} pasted at {@code size} pixels square in the middle of a grey 640x480 frame. */
    static Mat pasted(Mat photo, Rect region, int size) {
        Mat frame = new Mat(HEIGHT, WIDTH, CvType.CV_8UC3, new Scalar(128, 128, 128));
        Mat small = new Mat();
        Imgproc.resize(photo.submat(region), small, new Size(size, size), 0, 0, Imgproc.INTER_AREA);
        small.copyTo(frame.submat(new Rect((WIDTH - size) / 2, (HEIGHT - size) / 2, size, size)));
        return frame;
    }

    static byte[] jpeg(Mat image) {
        MatOfByte buffer = new MatOfByte();
        Imgcodecs.imencode(".jpg", image, buffer);
        return buffer.toArray();
    }

    static byte[] png(Mat image) {
        MatOfByte buffer = new MatOfByte();
        Imgcodecs.imencode(".png", image, buffer);
        return buffer.toArray();
    }
}
