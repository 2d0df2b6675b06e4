package dev.mocksy.vision.opencv;

import dev.mocksy.vision.ImageRejectedException;
import dev.mocksy.vision.ImageRejectedException.Reason;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.zip.CRC32;

/**
 * Reads an encoded image's kind and size from its header, and checks that the file is whole, without decoding a
 * pixel: a 20000 x 20000 JPEG is refused in microseconds instead of asking the decoder for 400 MB, and a JPEG cut
 * off half way is an error instead of a half-grey picture in which no face is found.
 *
 * <p>JPEG: the frame header (SOF) gives the size; a whole file has a scan (SOS) and then an end-of-image marker.
 * PNG: the IHDR chunk gives the size; every chunk must fit in the file with a matching CRC, up to IEND. BMP: the info
 * header gives the size; an uncompressed bitmap must hold all its rows.
 */
record ImageHeader(String kind, int width, int height) {

    long pixels() {
        return (long) width * height;
    }

    /**
     * The header of an image the analyzer can read.
     *
     * @param what how to name the image in messages, e.g. "the frame" or a file name
     * @throws ImageRejectedException when it is empty, not a JPEG, PNG or BMP, cut short or broken
     */
    static ImageHeader read(byte[] bytes, String what) {
        if (bytes.length == 0) {
            throw new ImageRejectedException(Reason.EMPTY, what + " is empty (0 bytes): send a JPEG or PNG image");
        }
        if (bytes.length >= 3 && u8(bytes, 0) == 0xFF && u8(bytes, 1) == 0xD8 && u8(bytes, 2) == 0xFF) {
            return jpeg(bytes, what);
        }
        if (bytes.length >= 8 && u8(bytes, 0) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G') {
            return png(bytes, what);
        }
        if (bytes.length >= 2 && bytes[0] == 'B' && bytes[1] == 'M') {
            return bmp(bytes, what);
        }
        throw new ImageRejectedException(
                Reason.NOT_AN_IMAGE,
                what + " is not a JPEG, PNG or BMP image (" + bytes.length + " bytes starting "
                        + java.util.HexFormat.ofDelimiter(" ").formatHex(bytes, 0, Math.min(8, bytes.length))
                        + "); send a JPEG or PNG image");
    }

    private static ImageHeader jpeg(byte[] b, String what) {
        int position = 2;
        Integer width = null;
        Integer height = null;
        while (true) {
            if (position + 4 > b.length) {
                throw truncated(what, "JPEG", "ends inside its headers");
            }
            if (u8(b, position) != 0xFF) {
                throw corrupt(what, "JPEG", "has no marker at byte " + position + " of its headers");
            }
            int marker = u8(b, position + 1);
            if (marker == 0xFF) {
                position++; // fill byte
                continue;
            }
            if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
                position += 2;
                continue;
            }
            int length = u16(b, position + 2);
            if (length < 2) {
                throw corrupt(what, "JPEG", "has a header segment of impossible length");
            }
            if (position + 2 + length > b.length) {
                throw truncated(what, "JPEG", "ends inside its headers");
            }
            boolean frame = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
            if (frame && length >= 7) {
                height = u16(b, position + 5);
                width = u16(b, position + 7);
            }
            if (marker == 0xDA) {
                if (width == null || width == 0 || height == 0) {
                    throw corrupt(what, "JPEG", "has no usable frame header before its image data");
                }
                // Entropy-coded data stuffs every 0xFF with 0x00, so FF D9 after the scan can only be the end marker.
                for (int i = position + 2 + length; i + 1 < b.length; i++) {
                    if (u8(b, i) == 0xFF && u8(b, i + 1) == 0xD9) {
                        return new ImageHeader("JPEG", width, height);
                    }
                }
                throw truncated(what, "JPEG", "has no end-of-image marker");
            }
            if (marker == 0xD9) {
                throw corrupt(what, "JPEG", "ends before any image data");
            }
            position += 2 + length;
        }
    }

    private static ImageHeader png(byte[] b, String what) {
        int position = 8;
        Integer width = null;
        Integer height = null;
        CRC32 crc = new CRC32();
        while (true) {
            if (position + 12 > b.length) {
                throw truncated(what, "PNG", "has no end chunk");
            }
            long length = u32be(b, position);
            if (length > b.length - position - 12L) {
                throw truncated(what, "PNG", "ends inside a chunk");
            }
            String type = new String(b, position + 4, 4, java.nio.charset.StandardCharsets.ISO_8859_1);
            crc.reset();
            crc.update(b, position + 4, 4 + (int) length);
            if (crc.getValue() != u32be(b, position + 8 + (int) length)) {
                throw corrupt(what, "PNG", "has a damaged " + type.strip() + " chunk (its checksum does not match)");
            }
            if (type.equals("IHDR") && length >= 8) {
                width = (int) Math.min(Integer.MAX_VALUE, u32be(b, position + 8));
                height = (int) Math.min(Integer.MAX_VALUE, u32be(b, position + 12));
            }
            if (type.equals("IEND")) {
                if (width == null || width == 0 || height == 0) {
                    throw corrupt(what, "PNG", "has no usable IHDR header");
                }
                return new ImageHeader("PNG", width, height);
            }
            position += 12 + (int) length;
        }
    }

    private static ImageHeader bmp(byte[] b, String what) {
        if (b.length < 34) {
            throw truncated(what, "BMP", "ends inside its header");
        }
        ByteBuffer le = ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
        long offset = Integer.toUnsignedLong(le.getInt(10));
        int width = le.getInt(18);
        int height = Math.abs(le.getInt(22));
        int bits = Short.toUnsignedInt(le.getShort(28));
        int compression = le.getInt(30);
        if (width <= 0 || height == 0 || bits == 0) {
            throw corrupt(what, "BMP", "has an impossible size or depth in its header");
        }
        if (compression == 0) {
            long rowBytes = ((long) bits * width + 31) / 32 * 4;
            if (offset + rowBytes * height > b.length) {
                throw truncated(what, "BMP", "holds fewer rows than its header announces");
            }
        }
        return new ImageHeader("BMP", width, height);
    }

    private static ImageRejectedException truncated(String what, String kind, String detail) {
        return new ImageRejectedException(
                Reason.TRUNCATED,
                what + " is a " + kind + " image cut short (it " + detail
                        + "): it was not fully written or downloaded; send the whole file");
    }

    private static ImageRejectedException corrupt(String what, String kind, String detail) {
        return new ImageRejectedException(
                Reason.CORRUPT,
                what + " is a damaged " + kind + " image (it " + detail + "); export or capture it again");
    }

    private static int u8(byte[] b, int i) {
        return b[i] & 0xFF;
    }

    private static int u16(byte[] b, int i) {
        return (u8(b, i) << 8) | u8(b, i + 1);
    }

    private static long u32be(byte[] b, int i) {
        return ((long) u8(b, i) << 24) | (u8(b, i + 1) << 16) | (u8(b, i + 2) << 8) | u8(b, i + 3);
    }
}
