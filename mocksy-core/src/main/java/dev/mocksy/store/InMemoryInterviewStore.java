package dev.mocksy.store;

import dev.mocksy.JournalConflictException;
import dev.mocksy.interview.RecordedEvent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A store that lives as long as the JVM: for tests, demos and servers that keep sessions elsewhere. */
public final class InMemoryInterviewStore implements InterviewStore {

    private final Map<String, List<RecordedEvent>> journals = new LinkedHashMap<>();

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
}
