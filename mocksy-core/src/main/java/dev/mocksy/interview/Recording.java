package dev.mocksy.interview;

import java.time.Instant;
import java.util.Objects;

/**
 * The audio of one spoken answer, kept in the store; the session's journal holds this reference, the store the bytes.
 *
 * @param recordingId its id within the session
 * @param questionId the question it answers
 * @param mediaType the audio's media type, e.g. {@code audio/wav}
 * @param keptAt when it was kept
 */
public record Recording(String recordingId, String questionId, String mediaType, Instant keptAt) {

    /** The media type of recordings Mocksy keeps: 16-bit PCM WAV. */
    public static final String WAV = "audio/wav";

    public Recording {
        Objects.requireNonNull(recordingId, "recordingId");
        Objects.requireNonNull(questionId, "questionId");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(keptAt, "keptAt");
    }

    /** A builder for {@link Recording}; every field is checked when {@link Builder#build()} runs. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this value's fields, to change some of them. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Builds a {@link Recording}. */
    public static final class Builder {
        private String recordingId;
        private String questionId;
        private String mediaType;
        private Instant keptAt;

        private Builder() {}

        private Builder(Recording source) {
            recordingId = source.recordingId;
            questionId = source.questionId;
            mediaType = source.mediaType;
            keptAt = source.keptAt;
        }

        public Builder recordingId(String recordingId) {
            this.recordingId = recordingId;
            return this;
        }

        public Builder questionId(String questionId) {
            this.questionId = questionId;
            return this;
        }

        public Builder mediaType(String mediaType) {
            this.mediaType = mediaType;
            return this;
        }

        public Builder keptAt(Instant keptAt) {
            this.keptAt = keptAt;
            return this;
        }

        /**
         * Builds the value.
         *
         * @throws IllegalArgumentException or {@link NullPointerException} naming the field that is missing or
         *     out of range
         */
        public Recording build() {
            return new Recording(recordingId, questionId, mediaType, keptAt);
        }
    }
}
