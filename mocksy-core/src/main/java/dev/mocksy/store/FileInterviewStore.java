package dev.mocksy.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mocksy.JournalConflictException;
import dev.mocksy.StoreException;
import dev.mocksy.internal.MocksyJson;
import dev.mocksy.internal.journal.JournalCodec;
import dev.mocksy.interview.RecordedEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A store that keeps each session's journal as JSON lines in {@code <dir>/<session id>.jsonl}, the audio of spoken
 * answers in {@code <dir>/recordings/<session id>/}, and the record of files written for candidates in
 * {@code <dir>/written-files.ledger}.
 *
 * <p>Each append is one line, written under an exclusive file lock and forced to disk before it returns, so a
 * second process sharing the directory sees it and a crash loses nothing that was acknowledged. A torn last line
 * (the process died mid-write) is ignored on load and overwritten by the next append.
 */
public final class FileInterviewStore implements InterviewStore {

    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");
    private static final String SUFFIX = ".jsonl";
    private static final String MEDIA_TYPE_SUFFIX = ".media-type";
    private static final String LEDGER = "written-files.ledger";
    private static final ObjectMapper MAPPER = MocksyJson.mapper();
    private static final ConcurrentMap<Path, ReentrantLock> LOCKS = new ConcurrentHashMap<>();

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
        ReentrantLock inJvm = lockOf(file);
        inJvm.lock();
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
        } finally {
            inJvm.unlock();
        }
    }

    /**
     * The lock threads of this JVM take before the file lock, which guards against other processes only (two threads
     * of one JVM asking for it get an OverlappingFileLockException).
     */
    private static ReentrantLock lockOf(Path file) {
        return LOCKS.computeIfAbsent(file, path -> new ReentrantLock());
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

    @Override
    public boolean delete(String sessionId) {
        Path file = file(sessionId);
        try {
            deleteTree(recordingsOf(sessionId));
            rewriteLedger(entry -> !sessionId.equals(entry.sessionId()));
            return Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new StoreException("cannot delete session " + sessionId + " from " + directory + ": " + e, e);
        }
    }

    @Override
    public void saveRecording(StoredRecording recording) {
        Path folder = recordingsOf(recording.sessionId());
        try {
            Files.createDirectories(folder);
            writeAtomically(folder.resolve(recording.recordingId()), recording.audio());
            writeAtomically(
                    folder.resolve(recording.recordingId() + MEDIA_TYPE_SUFFIX),
                    recording.mediaType().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new StoreException(
                    "cannot keep recording " + recording.recordingId() + " in " + folder + ": " + e, e);
        }
    }

    @Override
    public Optional<StoredRecording> recording(String sessionId, String recordingId) {
        Path folder = recordingsOf(sessionId);
        Path audio = folder.resolve(StoredRecording.requireId(recordingId, "recording id"));
        try {
            if (!Files.isRegularFile(audio)) {
                return Optional.empty();
            }
            Path type = folder.resolve(recordingId + MEDIA_TYPE_SUFFIX);
            String mediaType = Files.isRegularFile(type)
                    ? Files.readString(type, StandardCharsets.UTF_8).strip()
                    : "application/octet-stream";
            return Optional.of(new StoredRecording(sessionId, recordingId, mediaType, Files.readAllBytes(audio)));
        } catch (IOException e) {
            throw new StoreException("cannot read recording " + audio + ": " + e, e);
        }
    }

    @Override
    public void recordWrittenFile(WrittenFile file) {
        Path ledger = directory.resolve(LEDGER);
        ReentrantLock inJvm = lockOf(ledger);
        inJvm.lock();
        try (FileChannel channel = FileChannel.open(
                        ledger, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
                FileLock ignored = channel.lock()) {
            ByteBuffer buffer = ByteBuffer.wrap(
                    (MAPPER.writeValueAsString(LedgerLine.of(file)) + "\n").getBytes(StandardCharsets.UTF_8));
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(false);
        } catch (IOException e) {
            throw new StoreException("cannot write " + ledger + ": " + e, e);
        } finally {
            inJvm.unlock();
        }
    }

    @Override
    public List<WrittenFile> writtenFiles(String candidateId) {
        try {
            return readLedger().stream()
                    .filter(file -> file.candidateId().equals(candidateId))
                    .toList();
        } catch (IOException e) {
            throw new StoreException("cannot read " + directory.resolve(LEDGER) + ": " + e, e);
        }
    }

    @Override
    public void forgetCandidate(String candidateId) {
        try {
            rewriteLedger(entry -> !entry.candidateId().equals(candidateId));
        } catch (IOException e) {
            throw new StoreException("cannot rewrite " + directory.resolve(LEDGER) + ": " + e, e);
        }
    }

    private Path recordingsOf(String sessionId) {
        return directory
                .resolve("recordings")
                .resolve(file(sessionId).getFileName().toString().replace(SUFFIX, ""));
    }

    private List<WrittenFile> readLedger() throws IOException {
        Path ledger = directory.resolve(LEDGER);
        if (!Files.isRegularFile(ledger)) {
            return List.of();
        }
        List<WrittenFile> files = new ArrayList<>();
        for (String line : Files.readAllLines(ledger, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                files.add(MAPPER.readValue(line, LedgerLine.class).toWrittenFile());
            }
        }
        return files;
    }

    private void rewriteLedger(Predicate<WrittenFile> keep) throws IOException {
        Path ledger = directory.resolve(LEDGER);
        ReentrantLock inJvm = lockOf(ledger);
        inJvm.lock();
        try {
            if (Files.isRegularFile(ledger)) {
                rewrite(ledger, keep);
            }
        } finally {
            inJvm.unlock();
        }
    }

    private void rewrite(Path ledger, Predicate<WrittenFile> keep) throws IOException {
        StringBuilder kept = new StringBuilder();
        for (WrittenFile file : readLedger()) {
            if (keep.test(file)) {
                kept.append(MAPPER.writeValueAsString(LedgerLine.of(file))).append('\n');
            }
        }
        writeAtomically(ledger, kept.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static void writeAtomically(Path target, byte[] content) throws IOException {
        Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName() + ".", ".tmp");
        try {
            Files.write(temp, content);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    /** One line of the ledger of written files. */
    private record LedgerLine(String candidateId, String sessionId, String path, String kind, Instant writtenAt) {
        static LedgerLine of(WrittenFile file) {
            return new LedgerLine(
                    file.candidateId(), file.sessionId(), file.path().toString(), file.kind(), file.writtenAt());
        }

        WrittenFile toWrittenFile() {
            return new WrittenFile(candidateId, sessionId, Path.of(path), kind, writtenAt);
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
