package dev.mocksy.store;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;

/**
 * A file Mocksy wrote that holds a candidate's data, remembered so that deleting the candidate's data removes it too.
 *
 * @param candidateId whose data it holds
 * @param sessionId the one session it is about, or {@code null} when it covers several (a history export)
 * @param path where it was written, absolute
 * @param kind what it is, e.g. {@code "export"} or {@code "report"}
 * @param writtenAt when
 */
public record WrittenFile(String candidateId, String sessionId, Path path, String kind, Instant writtenAt) {

    public WrittenFile {
        Objects.requireNonNull(candidateId, "candidateId");
        path = Objects.requireNonNull(path, "path").toAbsolutePath().normalize();
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(writtenAt, "writtenAt");
    }
}
