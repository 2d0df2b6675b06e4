package dev.mocksy.store;

import dev.mocksy.JournalConflictException;
import dev.mocksy.StoreException;
import dev.mocksy.internal.journal.JournalCodec;
import dev.mocksy.interview.RecordedEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A store that keeps each session's journal as JSON lines in {@code <dir>/<session id>.jsonl}.
 *
 * <p>Each append is one line, written under an exclusive file lock and forced to disk before it returns, so a
 * second process sharing the directory sees it and a crash loses nothing that was acknowledged. A torn last line
 * (the process died mid-write) is ignored on load and overwritten by the next append.
 */
public final class FileInterviewStore implements InterviewStore {

    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");
    private static final String SUFFIX = ".jsonl";

    private final Path directory;

    /**
     * A store in {@code directory}, created if missing.
     *
     * @throws StoreException when the directory cannot be created
     */
    public FileInterviewStore(Path directory) {
        this.directory = directory.toAbsolutePath();
        try {
            Files.createDirectories(this.directory);
        } catch (IOException e) {
            throw new StoreException("cannot create the session directory " + this.directory + ": " + e, e);
        }
    }

    /** The directory holding the journals. */
    public Path directory() {
        return directory;
    }

    @Override
    public void append(RecordedEvent event) {
        Path file = file(event.sessionId());
        byte[] line = toLine(event);
        try (FileChannel channel = FileChannel.open(
                        file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
                FileLock ignored = channel.lock()) {
            Journal journal = read(channel, file);
            if (event.sequence() != journal.events().size() + 1) {
                throw new JournalConflictException(
                        event.sessionId(), event.sequence(), journal.events().size());
            }
            long end = journal.completeBytes();
            channel.truncate(end);
            channel.position(end);
            ByteBuffer buffer = ByteBuffer.wrap(line);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(false);
        } catch (IOException e) {
            throw new StoreException("cannot append to " + file + ": " + e, e);
        }
    }

    @Override
    public List<RecordedEvent> load(String sessionId) {
        Path file = file(sessionId);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            return read(channel, file).events();
        } catch (NoSuchFileException e) {
            return List.of();
        } catch (IOException e) {
            throw new StoreException("cannot read " + file + ": " + e, e);
        }
    }

    @Override
    public List<String> sessionIds() {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(p -> p.getFileName().toString().endsWith(SUFFIX))
                    .sorted(Comparator.comparing(FileInterviewStore::modified)
                            .thenComparing(p -> p.getFileName().toString()))
                    .map(p -> {
                        String name = p.getFileName().toString();
                        return name.substring(0, name.length() - SUFFIX.length());
                    })
                    .toList();
        } catch (IOException e) {
            throw new StoreException("cannot list " + directory + ": " + e, e);
        }
    }

    private Path file(String sessionId) {
        if (sessionId == null || !SAFE_ID.matcher(sessionId).matches()) {
            throw new IllegalArgumentException(
                    "session id must be 1-128 letters, digits, '.', '_' or '-', got '" + sessionId + "'");
        }
        return directory.resolve(sessionId + SUFFIX);
    }

    private static byte[] toLine(RecordedEvent event) {
        return (JournalCodec.encode(event) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /** The events of a journal file and the length of its complete lines, in bytes. */
    private record Journal(List<RecordedEvent> events, long completeBytes) {}

    /** Reads the complete lines; a torn last line (no newline yet: the writer died) is not an event. */
    private static Journal read(FileChannel channel, Path file) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate((int) channel.size());
        channel.position(0);
        while (buffer.hasRemaining() && channel.read(buffer) >= 0) {
            // read until full: a single read may return fewer bytes
        }
        byte[] bytes = buffer.array();
        List<RecordedEvent> events = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < buffer.position(); i++) {
            if (bytes[i] == '\n') {
                String line = new String(bytes, start, i - start, StandardCharsets.UTF_8);
                if (!line.isBlank()) {
                    events.add(parse(line, events.size() + 1, file));
                }
                start = i + 1;
            }
        }
        return new Journal(events, start);
    }

    private static RecordedEvent parse(String line, int number, Path file) {
        try {
            return JournalCodec.decode(line);
        } catch (StoreException e) {
            throw new StoreException(
                    "line " + number + " of " + file + " is damaged (" + e.getMessage() + "); to recover the events"
                            + " before it, keep a copy of the file and delete line " + number + " and the lines"
                            + " after it",
                    e);
        }
    }

    private static FileTime modified(Path path) {
        try {
            return Files.getLastModifiedTime(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
