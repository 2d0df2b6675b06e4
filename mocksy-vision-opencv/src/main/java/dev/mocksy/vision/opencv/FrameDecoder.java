package dev.mocksy.vision.opencv;

import dev.mocksy.UnsupportedInputException;
import dev.mocksy.vision.Frame;
import dev.mocksy.vision.FrameImage;
import dev.mocksy.vision.PixelFormat;
import java.util.HexFormat;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.MatOfByte;
import org.opencv.imgcodecs.Imgcodecs;
import org.opencv.imgproc.Imgproc;

/** Turns a {@link Frame} into a grey OpenCV image: everything the analysis needs is in the grey levels. */
final class FrameDecoder {

    private FrameDecoder() {}

    /**
     * A new grey {@code CV_8UC1} image the caller must release.
     *
     * @throws UnsupportedInputException when the bytes are not an image OpenCV can decode
     */
    static Mat grey(Frame frame) {
        FrameImage image = frame.image();
        if (image instanceof FrameImage.Encoded encoded) {
            return decode(encoded.bytes());
        }
        return fromPixels((FrameImage.Pixels) image);
    }

    private static Mat decode(byte[] bytes) {
        if (bytes.length == 0) {
            throw new UnsupportedInputException("the frame is empty (0 bytes): send a JPEG or PNG image");
        }
        MatOfByte buffer = new MatOfByte(bytes);
        try {
            Mat grey = Imgcodecs.imdecode(buffer, Imgcodecs.IMREAD_GRAYSCALE);
            if (grey.empty()) {
                grey.release();
                throw new UnsupportedInputException("could not decode the frame (" + bytes.length
                        + " bytes starting " + HexFormat.ofDelimiter(" ").formatHex(bytes, 0, Math.min(8, bytes.length))
                        + "): it is not a JPEG or PNG image, or it is corrupt; send a JPEG or PNG image");
            }
            return grey;
        } finally {
            buffer.release();
        }
    }

    private static Mat fromPixels(FrameImage.Pixels pixels) {
        PixelFormat format = pixels.format();
        Mat raw = new Mat(pixels.height(), pixels.width(), CvType.CV_8UC(format.channels()));
        raw.put(0, 0, pixels.data());
        if (format == PixelFormat.GRAY) {
            return raw;
        }
        Mat grey = new Mat();
        Imgproc.cvtColor(raw, grey, conversion(format));
        raw.release();
        return grey;
    }

    private static int conversion(PixelFormat format) {
        return switch (format) {
            case RGB -> Imgproc.COLOR_RGB2GRAY;
            case BGR -> Imgproc.COLOR_BGR2GRAY;
            case RGBA -> Imgproc.COLOR_RGBA2GRAY;
            case BGRA -> Imgproc.COLOR_BGRA2GRAY;
            case GRAY -> throw new IllegalArgumentException("grey needs no conversion");
        };
    }
}
