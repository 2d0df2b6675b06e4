package dev.mocksy;

import dev.mocksy.interview.Candidate;
import dev.mocksy.interview.InterviewEngine;
import dev.mocksy.interview.InterviewEvent;
import dev.mocksy.interview.InterviewSnapshot;
import dev.mocksy.interview.RecordedEvent;
import dev.mocksy.store.Deletion;
import dev.mocksy.store.FileInterviewStore;
import dev.mocksy.store.HistoryQuery;
import dev.mocksy.store.InterviewStore;
import dev.mocksy.store.WrittenFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A candidate's data across the store and the data directory: their sessions, the files Mocksy wrote for them, and
 * deleting all of it.
 */
final class CandidateData {

    /** A session id that can name a folder: no separators, no dots leading out of the data directory. */
    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9_-]{1,128}");

    /** The report formats saved under {@code <home>/reports} as {@code <session id>.<extension>}. */
    private static final List<String> REPORT_EXTENSIONS = List.of("json", "md", "html", "pdf");

    private final InterviewEngine engine;
    private final InterviewStore store;
    private final Path home;
    private final Clock clock;

    CandidateData(InterviewEngine engine, InterviewStore store, Path home, Clock clock) {
        this.engine = engine;
        this.store = store;
        this.home = home;
        this.clock = clock;
    }

    /** The candidate's readable sessions matching the query, oldest first; damaged ones are left out. */
    List<InterviewSnapshot> sessions(HistoryQuery query) {
        return engine.sessions(query);
    }

    /** Writes {@code content} to {@code file} whole (a reader never sees half) and remembers it for deletion. */
    Path write(Path file, byte[] content, String candidateId, String sessionId, String kind) {
        Path target = file.toAbsolutePath().normalize();
        try {
            Path parent = target.getParent();
            Files.createDirectories(parent);
            Path temp = Files.createTempFile(parent, "." + target.getFileName() + ".", ".tmp");
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
        } catch (IOException e) {
            throw new StoreException("could not write " + target + ": " + e, e);
        }
        store.recordWrittenFile(new WrittenFile(candidateId, sessionId, target, kind, clock.instant()));
        return target;
    }

    Path write(Path file, String content, String candidateId, String sessionId, String kind) {
        return write(file, content.getBytes(StandardCharsets.UTF_8), candidateId, sessionId, kind);
    }

    /**
     * Deletes one session: the files written for it, its saved reports, a journal it was imported from, then the
     * session in the store.
     *
     * @throws SessionNotFoundException when neither the store nor the data directory has it
     */
    Deletion deleteSession(String sessionId) {
        String candidate = candidateOf(sessionId);
        List<Path> removed = new ArrayList<>();
        for (WrittenFile file : store.writtenFiles(candidate)) {
            if (sessionId.equals(file.sessionId())) {
                removeFile(file.path(), removed);
            }
        }
        boolean inStore = store.delete(sessionId);
        for (String extension : REPORT_EXTENSIONS) {
            removeFile(MocksyHome.reports(home).resolve(sessionId + "." + extension), removed);
        }
        Path legacy = MocksyHome.sessions(home);
        if (Files.isDirectory(legacy) && !(store instanceof FileInterviewStore)) {
            removeFile(legacy.resolve(sessionId + ".jsonl"), removed);
            removeTree(legacy.resolve("recordings").resolve(sessionId), removed);
        }
        if (SAFE_ID.matcher(sessionId).matches()) {
            // Audio written for the session (the interviewer's spoken questions) lives in a folder of its own.
            removeTree(MocksyHome.sessions(home).resolve(sessionId), removed);
        }
        if (!inStore && removed.isEmpty()) {
            throw new SessionNotFoundException(sessionId);
        }
        return new Deletion(inStore ? List.of(sessionId) : List.of(), removed);
    }

    /**
     * Deletes everything of a candidate: every session as {@link #deleteSession} does, the files written for them,
     * journals of theirs left in the data directory, and what the store keeps of them apart from sessions.
     */
    Deletion deleteCandidate(String candidateId) {
        Candidate.requireValid(candidateId);
        List<String> sessions = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        for (String id : store.find(HistoryQuery.of(candidateId))) {
            Deletion deletion = deleteSession(id);
            sessions.addAll(deletion.sessions());
            files.addAll(deletion.files());
        }
        for (WrittenFile file : store.writtenFiles(candidateId)) {
            removeFile(file.path(), files);
        }
        deleteLegacyJournals(candidateId, sessions, files);
        store.forgetCandidate(candidateId);
        return new Deletion(sessions, files);
    }

    /**
     * Journals under {@code <home>/sessions} that the store did not take in (a file store elsewhere, an import that
     * failed): the candidate's are deleted, and on a single-user install (the local candidate) damaged ones too,
     * since their owner cannot be read and can only be that user.
     */
    private void deleteLegacyJournals(String candidateId, List<String> sessions, List<Path> files) {
        Path directory = MocksyHome.sessions(home);
        if (!Files.isDirectory(directory) || store instanceof FileInterviewStore) {
            return;
        }
        FileInterviewStore legacy = new FileInterviewStore(directory);
        for (String id : legacy.sessionIds()) {
            boolean ours;
            try {
                List<RecordedEvent> journal = legacy.load(id);
                ours = !journal.isEmpty()
                        && journal.get(0).event() instanceof InterviewEvent.SessionStarted started
                        && started.candidateId().equals(candidateId);
            } catch (StoreException damaged) {
                ours = Candidate.LOCAL.equals(candidateId);
            }
            if (ours) {
                Path journal = directory.resolve(id + ".jsonl");
                removeFile(journal, files);
                removeTree(directory.resolve("recordings").resolve(id), files);
                if (!sessions.contains(id)) {
                    sessions.add(id);
                }
            }
        }
    }

    /** The session's candidate, from its first event; the local candidate when the journal cannot be read. */
    private String candidateOf(String sessionId) {
        try {
            List<RecordedEvent> journal = store.load(sessionId);
            if (!journal.isEmpty() && journal.get(0).event() instanceof InterviewEvent.SessionStarted started) {
                return started.candidateId();
            }
        } catch (StoreException damaged) {
            // Fall through: a damaged journal is still deleted.
        }
        return Candidate.LOCAL;
    }

    private static void removeFile(Path file, List<Path> removed) {
        try {
            if (Files.isRegularFile(file) && Files.deleteIfExists(file)) {
                removed.add(file);
            }
        } catch (IOException e) {
            throw new StoreException("could not delete " + file + ": " + e + "; delete it by hand", e);
        }
    }

    private static void removeTree(Path root, List<Path> removed) {
        if (!Files.isDirectory(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                if (Files.isRegularFile(path)) {
                    removed.add(path);
                }
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new StoreException("could not delete " + root + ": " + e + "; delete it by hand", e);
        }
    }
}
