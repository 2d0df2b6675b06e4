package dev.mocksy.store;

import dev.mocksy.JournalConflictException;
import dev.mocksy.interview.RecordedEvent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A store that lives as long as the JVM: for tests, demos and servers that keep sessions elsewhere. */
public final class InMemoryInterviewStore implements InterviewStore {

    private final Map<String, List<RecordedEvent>> journals = new LinkedHashMap<>();
    private final Map<String, Map<String, StoredRecording>> recordings = new LinkedHashMap<>();
    private final List<WrittenFile> writtenFiles = new ArrayList<>();

    @Override
    public synchronized void append(RecordedEvent event) {
        List<RecordedEvent> journal = journals.computeIfAbsent(event.sessionId(), id -> new ArrayList<>());
        if (event.sequence() != journal.size() + 1) {
            if (journal.isEmpty()) {
                journals.remove(event.sessionId());
            }
            throw new JournalConflictException(event.sessionId(), event.sequence(), journal.size());
        }
        journal.add(event);
    }

    @Override
    public synchronized List<RecordedEvent> load(String sessionId) {
        return List.copyOf(journals.getOrDefault(sessionId, List.of()));
    }

    @Override
    public synchronized List<String> sessionIds() {
        return List.copyOf(journals.keySet());
    }

    @Override
    public synchronized boolean delete(String sessionId) {
        recordings.remove(sessionId);
        writtenFiles.removeIf(file -> sessionId.equals(file.sessionId()));
        return journals.remove(sessionId) != null;
    }

    @Override
    public synchronized void saveRecording(StoredRecording recording) {
        recordings
                .computeIfAbsent(recording.sessionId(), id -> new LinkedHashMap<>())
                .put(recording.recordingId(), recording);
    }

    @Override
    public synchronized Optional<StoredRecording> recording(String sessionId, String recordingId) {
        return Optional.ofNullable(recordings.getOrDefault(sessionId, Map.of()).get(recordingId));
    }

    @Override
    public synchronized void recordWrittenFile(WrittenFile file) {
        writtenFiles.add(file);
    }

    @Override
    public synchronized List<WrittenFile> writtenFiles(String candidateId) {
        return writtenFiles.stream()
                .filter(file -> file.candidateId().equals(candidateId))
                .toList();
    }

    @Override
    public synchronized void forgetCandidate(String candidateId) {
        writtenFiles.removeIf(file -> file.candidateId().equals(candidateId));
    }
}
