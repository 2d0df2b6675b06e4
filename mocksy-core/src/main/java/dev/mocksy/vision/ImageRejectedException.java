package dev.mocksy.vision;

import dev.mocksy.UnsupportedInputException;
import java.util.Objects;

/**
 * An image (a webcam frame, a file) that is refused before or instead of being analysed: why, in {@link #reason()},
 * and what to do, in the message. The message never carries a decoder's own text.
 */
public class ImageRejectedException extends UnsupportedInputException {

    /** Why an image was refused. */
    public enum Reason {
        /** No bytes at all. */
        EMPTY,
        /** Not a JPEG, PNG or BMP image. */
        NOT_AN_IMAGE,
        /** More pixels than the configured limit, read from the header before any pixel is decoded. */
        TOO_LARGE,
        /** The file ends before the image does: it was not fully written or downloaded. */
        TRUNCATED,
        /** The file's structure is broken, or the decoder could not read it. */
        CORRUPT
    }

    private final Reason reason;

    public ImageRejectedException(Reason reason, String message) {
        super(message);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /** Why the image was refused. */
    public Reason reason() {
        return reason;
    }
}
