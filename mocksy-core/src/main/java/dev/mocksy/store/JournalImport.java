package dev.mocksy.store;

import dev.mocksy.JournalConflictException;
import dev.mocksy.StoreException;
import dev.mocksy.interview.InterviewSnapshot;
import dev.mocksy.interview.RecordedEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Copies the JSON-lines journals of a {@link FileInterviewStore} directory into another store, keeping the files.
 *
 * <p>Safe to run again: a session the target already holds in full is left alone, one it holds only the start of
 * gets the missing events, and one whose events differ is reported, not touched. A journal that cannot be read or
 * replayed is reported with its reason and the others are imported. Recordings kept by the file store are copied
 * with their session.
 */
public final class JournalImport {

    private JournalImport() {}

    /**
     * What an import did.
     *
     * @param imported sessions copied in full
     * @param extended sessions the target had the start of, now complete
     * @param unchanged sessions the target already held in full
     * @param conflicting sessions whose events differ from the target's, each with the reason; not touched
     * @param damaged sessions whose journals could not be read, each with the reason; not imported
     */
    public record Result(
            List<String> imported,
            List<String> extended,
            List<String> unchanged,
            List<String> conflicting,
            List<String> damaged) {

        public Result {
            imported = List.copyOf(imported);
            extended = List.copyOf(extended);
            unchanged = List.copyOf(unchanged);
            conflicting = List.copyOf(conflicting);
            damaged = List.copyOf(damaged);
        }

        /** Nothing was found to import. */
        public static Result none() {
            return new Result(List.of(), List.of(), List.of(), List.of(), List.of());
        }

        /** How many sessions the import wrote to. */
        public int written() {
            return imported.size() + extended.size();
        }
    }

    /**
     * Imports every journal under {@code directory} into {@code target}; a missing directory imports nothing.
     *
     * @throws StoreException when the directory cannot be listed or the target cannot be written
     */
    public static Result run(Path directory, InterviewStore target) {
        return run(directory, target, true);
    }

    /**
     * What {@link #run} would do, writing nothing: which journals are new, incomplete, already there, differing or
     * damaged.
     */
    public static Result check(Path directory, InterviewStore target) {
        return run(directory, target, false);
    }

    private static Result run(Path directory, InterviewStore target, boolean write) {
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(target, "target");
        if (!Files.isDirectory(directory)) {
            return Result.none();
        }
        FileInterviewStore source = new FileInterviewStore(directory);
        List<String> imported = new ArrayList<>();
        List<String> extended = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        List<String> conflicting = new ArrayList<>();
        List<String> damaged = new ArrayList<>();
        for (String id : source.sessionIds()) {
            List<RecordedEvent> events;
            List<InterviewSnapshot> states;
            try {
                events = source.load(id);
                states = states(events);
            } catch (RuntimeException e) {
                damaged.add(id + ": " + e.getMessage());
                continue;
            }
            if (events.isEmpty()) {
                continue;
            }
            List<RecordedEvent> existing = target.load(id);
            if (existing.size() > events.size()
                    || !events.subList(0, existing.size()).equals(existing)) {
                conflicting.add(id + ": the store already holds a different journal of this session (" + existing.size()
                        + " events, the file " + events.size() + "); the file was left as is");
                continue;
            }
            if (existing.size() == events.size()) {
                unchanged.add(id);
                continue;
            }
            if (!write) {
                (existing.isEmpty() ? imported : extended).add(id);
                continue;
            }
            try {
                copyRecordings(source, target, states.get(states.size() - 1));
                for (int i = existing.size(); i < events.size(); i++) {
                    target.append(events.get(i), states.get(i));
                }
            } catch (JournalConflictException e) {
                conflicting.add(
                        id + ": another process wrote this session while it was imported; run the import" + " again");
                continue;
            }
            (existing.isEmpty() ? imported : extended).add(id);
        }
        return new Result(imported, extended, unchanged, conflicting, damaged);
    }

    /** The state after each event, to update a target's derived views; throws when the journal does not replay. */
    private static List<InterviewSnapshot> states(List<RecordedEvent> events) {
        List<InterviewSnapshot> states = new ArrayList<>(events.size());
        if (events.isEmpty()) {
            return states;
        }
        InterviewSnapshot state = InterviewSnapshot.start(events.get(0));
        states.add(state);
        for (RecordedEvent event : events.subList(1, events.size())) {
            state = state.apply(event);
            states.add(state);
        }
        return states;
    }

    private static void copyRecordings(InterviewStore source, InterviewStore target, InterviewSnapshot session) {
        session.recordings().forEach(recording -> source.recording(session.sessionId(), recording.recordingId())
                .ifPresent(target::saveRecording));
    }
}
