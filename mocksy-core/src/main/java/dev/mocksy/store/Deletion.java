package dev.mocksy.store;

import java.nio.file.Path;
import java.util.List;

/**
 * What deleting a candidate's data removed.
 *
 * @param sessions the sessions removed from the store, with their journals, answers, evaluations, reports, notes,
 *     bookmarks and recordings
 * @param files the files Mocksy had written that were removed (reports, exports, journals imported from files)
 */
public record Deletion(List<String> sessions, List<Path> files) {

    public Deletion {
        sessions = List.copyOf(sessions);
        files = List.copyOf(files);
    }

    /** Whether anything was removed. */
    public boolean isEmpty() {
        return sessions.isEmpty() && files.isEmpty();
    }
}
