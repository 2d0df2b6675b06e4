package dev.mocksy.examples.web;

import dev.mocksy.MocksyException;

/**
 * A request the platform refuses, with the HTTP status it answers and a message for the user saying what was wrong and
 * what to do. Never carries a password, a key or a token.
 */
public final class PlatformException extends MocksyException {

    /** What a user is told when the server sends no e-mail. */
    public static final String MAIL_NOT_CONFIGURED = "e-mail is not configured on this server: whoever runs it must"
            + " start it with --smtp-host HOST --smtp-from ADDRESS (or MOCKSY_SMTP_HOST and MOCKSY_SMTP_FROM)";

    /** What a user is told when the server has no interviewer voice. */
    public static final String VOICE_NOT_CONFIGURED = "this server has no interviewer voice (TextToSpeech): whoever"
            + " runs it must add mocksy-tts-marytts (the offline voice) to its class path and not set"
            + " mocksy.text-to-speech=none; until then choose the browser's voice";

    private final int status;
    private final String code;
    private final Long retryAfterSeconds;

    private PlatformException(int status, String code, String message, Long retryAfterSeconds) {
        super(message);
        this.status = status;
        this.code = code;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** 400: the request itself is malformed or a value is out of range. */
    public static PlatformException badRequest(String message) {
        return new PlatformException(400, "bad_request", message, null);
    }

    /** 401: no valid login. */
    public static PlatformException unauthenticated(String message) {
        return new PlatformException(401, "unauthenticated", message, null);
    }

    /** 403: a state-changing request without the login's CSRF token. */
    public static PlatformException forbidden(String message) {
        return new PlatformException(403, "forbidden", message, null);
    }

    /**
     * 404: no such thing, or it belongs to someone else; the two answer alike so that nobody learns which ids exist.
     */
    public static PlatformException notFound(String what) {
        return new PlatformException(404, "not_found", what + " was not found", null);
    }

    /** 409: the request conflicts with the current state, e.g. an e-mail address already registered. */
    public static PlatformException conflict(String message) {
        return new PlatformException(409, "conflict", message, null);
    }

    /** 429: too many attempts; try again after the given seconds. */
    public static PlatformException tooMany(String message, long retryAfterSeconds) {
        return new PlatformException(429, "too_many_requests", message, retryAfterSeconds);
    }

    /** 502: a server the platform relies on (the mail server) refused or failed; nothing was done. */
    public static PlatformException badGateway(String code, String message) {
        return new PlatformException(502, code, message, null);
    }

    /**
     * 503: the server was started without a mail server, so it cannot send e-mail; says how to start it with one.
     */
    public static PlatformException mailNotConfigured() {
        return new PlatformException(503, "mail_not_configured", MAIL_NOT_CONFIGURED, null);
    }

    /** 503: the server has no text-to-speech, so it cannot speak; says what to add. */
    public static PlatformException voiceNotConfigured() {
        return new PlatformException(503, "voice_not_configured", VOICE_NOT_CONFIGURED, null);
    }

    public int status() {
        return status;
    }

    /** A short machine-readable code, e.g. {@code not_found}. */
    public String code() {
        return code;
    }

    /** Seconds to wait before trying again, for 429; otherwise null. */
    public Long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
