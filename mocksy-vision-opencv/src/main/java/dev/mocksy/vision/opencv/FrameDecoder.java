package dev.mocksy.vision.opencv;

import dev.mocksy.vision.Frame;
import dev.mocksy.vision.FrameImage;
import dev.mocksy.vision.ImageRejectedException;
import dev.mocksy.vision.ImageRejectedException.Reason;
import dev.mocksy.vision.PixelFormat;
import java.util.Locale;
import org.opencv.core.CvException;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.MatOfByte;
import org.opencv.imgcodecs.Imgcodecs;
import org.opencv.imgproc.Imgproc;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a {@link Frame} into a grey OpenCV image: everything the analysis needs is in the grey levels. The header is
 * read first ({@link ImageHeader}): an image over the pixel limit, cut short or broken is refused before the decoder
 * sees it, and a decoder failure is reported in our words, never with OpenCV's own exception text.
 */
final class FrameDecoder {

    private static final Logger LOG = LoggerFactory.getLogger(FrameDecoder.class);

    private FrameDecoder() {}

    /**
     * A new grey {@code CV_8UC1} image the caller must release.
     *
     * @throws ImageRejectedException when the frame is empty, over {@code maxPixels}, cut short, corrupt or not an
     *     image OpenCV can decode
     */
    static Mat grey(Frame frame, long maxPixels) {
        FrameImage image = frame.image();
        if (image instanceof FrameImage.Encoded encoded) {
            return decode(encoded.bytes(), "the frame", maxPixels);
        }
        FrameImage.Pixels pixels = (FrameImage.Pixels) image;
        requireWithinLimit(
                "the frame", (long) pixels.width() * pixels.height(), pixels.width(), pixels.height(), maxPixels);
        return fromPixels(pixels);
    }

    /**
     * Decodes an encoded image (JPEG, PNG or BMP) to a new grey image the caller must release.
     *
     * @param what how to name the image in messages, e.g. "the frame" or the file's path
     * @throws ImageRejectedException as {@link #grey(Frame, long)}
     */
    static Mat decode(byte[] bytes, String what, long maxPixels) {
        ImageHeader header = ImageHeader.read(bytes, what);
        requireWithinLimit(what, header.pixels(), header.width(), header.height(), maxPixels);
        MatOfByte buffer = new MatOfByte(bytes);
        try {
            Mat grey = Imgcodecs.imdecode(buffer, Imgcodecs.IMREAD_GRAYSCALE);
            if (grey.empty()) {
                grey.release();
                throw undecodable(what, header, null);
            }
            return grey;
        } catch (CvException e) {
            throw undecodable(what, header, e);
        } finally {
            buffer.release();
        }
    }

    static void requireWithinLimit(String what, long pixels, int width, int height, long maxPixels) {
        if (pixels > maxPixels) {
            throw new ImageRejectedException(
                    Reason.TOO_LARGE,
                    String.format(
                            Locale.ROOT,
                            "%s is %d x %d pixels (%.1f megapixels), over the limit of %.1f megapixels; send a smaller"
                                    + " image (a webcam frame is 0.3 to 2 megapixels) or raise the limit with"
                                    + " maxPixels or the setting %s",
                            what,
                            width,
                            height,
                            pixels / 1e6,
                            maxPixels / 1e6,
                            OpenCvVisionAnalyzer.MAX_PIXELS_SETTING));
        }
    }

    private static ImageRejectedException undecodable(String what, ImageHeader header, CvException cause) {
        if (cause != null) {
            LOG.debug("OpenCV could not decode {}: {}", what, cause.getMessage());
        }
        return new ImageRejectedException(
                Reason.CORRUPT,
                what + " could not be decoded although its " + header.kind() + " header is readable ("
                        + header.width() + " x " + header.height() + "): its image data is damaged;"
                        + " export or capture it again");
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
