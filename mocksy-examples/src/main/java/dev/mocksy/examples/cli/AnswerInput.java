package dev.mocksy.examples.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Lines from the terminal, read on a background thread so the interview can keep time while the candidate types.
 * End of input (piped stdin running out) is reported once as {@link Line#END}.
 */
final class AnswerInput {

    /** One line of input, or the end of input. */
    record Line(String text) {
        static final Line END = new Line(null);

        boolean isEnd() {
            return text == null;
        }
    }

    private final BlockingQueue<Line> lines = new LinkedBlockingQueue<>();
    private final boolean interactive;
    private boolean ended;

    /** Reads {@code reader}; {@code interactive} when a person types into a terminal that echoes the input. */
    AnswerInput(BufferedReader reader, boolean interactive) {
        this.interactive = interactive;
        Thread thread = new Thread(() -> pump(reader), "mocksy-input");
        thread.setDaemon(true);
        thread.start();
    }

    private void pump(BufferedReader reader) {
        try {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lines.add(new Line(line));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            lines.add(Line.END);
        }
    }

    /** The next line, waiting at most {@code timeout}; empty when nothing arrived in time. */
    Optional<Line> next(Duration timeout) {
        if (ended) {
            return Optional.of(Line.END);
        }
        try {
            Line line = lines.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (line != null && line.isEnd()) {
                ended = true;
            }
            return Optional.ofNullable(line);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of(Line.END);
        }
    }

    /** Whether a terminal echoes what is typed; piped input is not echoed. */
    boolean interactive() {
        return interactive;
    }

    /** The next line, however long it takes. */
    Line next() {
        Optional<Line> line;
        do {
            line = next(Duration.ofSeconds(1));
        } while (line.isEmpty());
        return line.get();
    }
}
