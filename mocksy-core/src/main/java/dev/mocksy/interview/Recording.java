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
}
