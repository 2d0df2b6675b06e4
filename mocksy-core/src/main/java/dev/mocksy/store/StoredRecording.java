package dev.mocksy.store;

import java.util.Arrays;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The audio of one spoken answer as kept in a store.
 *
 * <p>Immutable: the bytes are copied in and out.
 */
public final class StoredRecording {

    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");

    private final String sessionId;
    private final String recordingId;
    private final String mediaType;
    private final byte[] audio;

    /**
     * @throws IllegalArgumentException when an id is not 1-128 letters, digits, '.', '_' or '-', or the audio is
     *     empty
     */
    public StoredRecording(String sessionId, String recordingId, String mediaType, byte[] audio) {
        this.sessionId = requireId(sessionId, "session id");
        this.recordingId = requireId(recordingId, "recording id");
        this.mediaType = Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(audio, "audio");
        if (audio.length == 0) {
            throw new IllegalArgumentException("a recording needs audio; got 0 bytes");
        }
        this.audio = audio.clone();
    }

    static String requireId(String id, String what) {
        if (id == null || !SAFE_ID.matcher(id).matches()) {
            throw new IllegalArgumentException(
                    what + " must be 1-128 letters, digits, '.', '_' or '-', got '" + id + "'");
        }
        return id;
    }

    public String sessionId() {
        return sessionId;
    }

    public String recordingId() {
        return recordingId;
    }

    /** For example {@code audio/wav}. */
    public String mediaType() {
        return mediaType;
    }

    /** A copy of the audio bytes (a WAV file for {@code audio/wav}). */
    public byte[] audio() {
        return audio.clone();
    }

    /** The audio's length in bytes. */
    public int size() {
        return audio.length;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StoredRecording that
                && sessionId.equals(that.sessionId)
                && recordingId.equals(that.recordingId)
                && mediaType.equals(that.mediaType)
                && Arrays.equals(audio, that.audio);
    }

    @Override
    public int hashCode() {
        return Objects.hash(sessionId, recordingId, mediaType, Arrays.hashCode(audio));
    }

    @Override
    public String toString() {
        return "StoredRecording[" + sessionId + "/" + recordingId + ", " + mediaType + ", " + audio.length + " bytes]";
    }
}
