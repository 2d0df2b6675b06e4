package dev.mocksy.speech;

import java.util.Objects;

/** Argument checks shared by stream implementations. */
public final class PcmChunks {

    private PcmChunks() {}

    /**
     * Checks that {@code length} bytes from {@code offset} lie inside {@code pcm} and hold whole 16-bit samples.
     *
     * @throws IllegalArgumentException when they do not
     */
    public static void check(byte[] pcm, int offset, int length) {
        Objects.requireNonNull(pcm, "pcm");
        if (offset < 0 || length < 0 || offset + length > pcm.length) {
            throw new IllegalArgumentException(
                    "chunk [" + offset + ", " + (offset + length) + ") lies outside " + pcm.length + " bytes");
        }
        if (length % 2 != 0) {
            throw new IllegalArgumentException("a chunk must hold whole 16-bit samples, got " + length + " bytes");
        }
    }
}
