package dev.mocksy.examples.cli;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * The lines of a JSON-lines file, each decoded on its own: an invalid byte or an over-long line spoils only its own
 * line, which comes back with an error instead of text. Memory stays bounded by the line limit, whatever the file.
 */
final class JsonLines implements Iterator<JsonLines.Line>, AutoCloseable {

    /** One line: its 1-based number and either its text or why it could not be read. */
    record Line(int number, String text, String error) {}

    private final InputStream in;
    private final int maxLineBytes;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private int number;
    private Line next;
    private boolean done;

    JsonLines(InputStream in, int maxLineBytes) {
        this.in = new BufferedInputStream(in);
        this.maxLineBytes = maxLineBytes;
    }

    @Override
    public boolean hasNext() {
        if (next == null && !done) {
            next = read();
        }
        return next != null;
    }

    @Override
    public Line next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Line line = next;
        next = null;
        return line;
    }

    private Line read() {
        buffer.reset();
        boolean tooLong = false;
        boolean sawAny = false;
        try {
            for (int b = in.read(); ; b = in.read()) {
                if (b == -1) {
                    done = true;
                    if (!sawAny) {
                        return null;
                    }
                    break;
                }
                sawAny = true;
                if (b == '\n') {
                    break;
                }
                if (buffer.size() < maxLineBytes) {
                    buffer.write(b);
                } else {
                    tooLong = true;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        number++;
        if (tooLong) {
            return new Line(number, null, "the line is longer than the limit of " + maxLineBytes + " bytes");
        }
        byte[] bytes = buffer.toByteArray();
        int length = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
        int start = number == 1 && startsWithBom(bytes) ? 3 : 0;
        try {
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, Math.max(0, length - start)))
                    .toString();
            return new Line(number, text, null);
        } catch (CharacterCodingException e) {
            return new Line(number, null, "the line is not valid UTF-8; save the file as UTF-8");
        }
    }

    private static boolean startsWithBom(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
