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

    /** A builder for {@link WrittenFile}; every field is checked when {@link Builder#build()} runs. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this value's fields, to change some of them. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Builds a {@link WrittenFile}. */
    public static final class Builder {
        private String candidateId;
        private String sessionId;
        private Path path;
        private String kind;
        private Instant writtenAt;

        private Builder() {}

        private Builder(WrittenFile source) {
            candidateId = source.candidateId;
            sessionId = source.sessionId;
            path = source.path;
            kind = source.kind;
            writtenAt = source.writtenAt;
        }

        public Builder candidateId(String candidateId) {
            this.candidateId = candidateId;
            return this;
        }

        public Builder sessionId(String sessionId) {
            this.sessionId = sessionId;
            return this;
        }

        public Builder path(Path path) {
            this.path = path;
            return this;
        }

        public Builder kind(String kind) {
            this.kind = kind;
            return this;
        }

        public Builder writtenAt(Instant writtenAt) {
            this.writtenAt = writtenAt;
            return this;
        }

        /**
         * Builds the value.
         *
         * @throws IllegalArgumentException or {@link NullPointerException} naming the field that is missing or
         *     out of range
         */
        public WrittenFile build() {
            return new WrittenFile(candidateId, sessionId, path, kind, writtenAt);
        }
    }
}
