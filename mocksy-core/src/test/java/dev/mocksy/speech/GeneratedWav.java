package dev.mocksy.speech;

import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * A 16-bit PCM WAV recording made up while it is read, so a test can stream hours of audio without holding them:
 * a voice-like 150 Hz tone in bursts of {@link #BURST_SECONDS} separated by {@link #GAP_SECONDS} of silence. Counts
 * the bytes read, to show how far a reader got.
 */
final class GeneratedWav extends InputStream {

    static final double BURST_SECONDS = 1.5;
    static final double GAP_SECONDS = 0.5;

    private final byte[] header;
    private final int rate;
    private final int channels;
    private final long dataBytes;
    private long position;
    private long cachedFrame = -1;
    private short cachedSample;

    GeneratedWav(int rate, int channels, double seconds) {
        this.rate = rate;
        this.channels = channels;
        this.dataBytes = Math.round(seconds * rate) * 2L * channels;
        if (dataBytes > 0xFFFF_FFFFL - 36) {
            throw new IllegalArgumentException("a WAV file holds at most 4 GB");
        }
        ByteBuffer h = ByteBuffer.allocate(44).order(ByteOrder.LITTLE_ENDIAN);
        h.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt((int) (36 + dataBytes));
        h.put("WAVE".getBytes(StandardCharsets.US_ASCII));
        h.put("fmt ".getBytes(StandardCharsets.US_ASCII)).putInt(16);
        h.putShort((short) 1).putShort((short) channels).putInt(rate);
        h.putInt(rate * 2 * channels).putShort((short) (2 * channels)).putShort((short) 16);
        h.put("data".getBytes(StandardCharsets.US_ASCII)).putInt((int) dataBytes);
        this.header = h.array();
    }

    /** Bytes handed out so far, header included. */
    long bytesRead() {
        return position;
    }

    /** The whole length, header included. */
    long length() {
        return header.length + dataBytes;
    }

    @Override
    public int read() {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] target, int offset, int length) {
        if (length == 0) {
            return 0;
        }
        if (position >= length()) {
            return -1;
        }
        int count = (int) Math.min(length, length() - position);
        for (int i = 0; i < count; i++) {
            target[offset + i] = byteAt(position + i);
        }
        position += count;
        return count;
    }

    private byte byteAt(long index) {
        if (index < header.length) {
            return header[(int) index];
        }
        long data = index - header.length;
        long frame = data / (2L * channels);
        if (frame != cachedFrame) { // every byte of a frame comes from the same sample
            cachedFrame = frame;
            cachedSample = sample(frame);
        }
        short sample = cachedSample;
        return (byte) (data % 2 == 0 ? sample : sample >> 8);
    }

    private short sample(long frame) {
        double t = frame / (double) rate;
        double inCycle = t % (BURST_SECONDS + GAP_SECONDS);
        if (inCycle >= BURST_SECONDS) {
            return 0;
        }
        return (short) Math.round(0.3 * 32767 * Math.sin(2 * Math.PI * 150 * t));
    }
}
