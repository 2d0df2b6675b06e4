package dev.mocksy.http;

import java.time.Duration;

/**
 * What a vendor's error body says, as its {@link ErrorFormat} read it. Every field may be {@code null} when the body
 * does not say.
 *
 * @param kind the failure the body names; overrides what the HTTP status alone means (e.g. a 429 that is a used-up
 *     quota, or a 400 that is an invalid key); {@code null} to go by the status
 * @param message the vendor's own message; {@code null} to quote the raw body
 * @param code the vendor's error code or type, e.g. {@code content_policy_violation}; the reason of a content refusal
 * @param retryAfter how long the body or a vendor header asks the caller to wait; wins over {@code Retry-After}
 */
public record ErrorDetails(FailureKind kind, String message, String code, Duration retryAfter) {

    /** A body that says nothing the vendor's format recognises. */
    public static final ErrorDetails NONE = new ErrorDetails(null, null, null, null);

    /** A builder for {@link ErrorDetails}; every field is checked when {@link Builder#build()} runs. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this value's fields, to change some of them. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Builds a {@link ErrorDetails}. */
    public static final class Builder {
        private FailureKind kind;
        private String message;
        private String code;
        private Duration retryAfter;

        private Builder() {}

        private Builder(ErrorDetails source) {
            kind = source.kind;
            message = source.message;
            code = source.code;
            retryAfter = source.retryAfter;
        }

        public Builder kind(FailureKind kind) {
            this.kind = kind;
            return this;
        }

        public Builder message(String message) {
            this.message = message;
            return this;
        }

        public Builder code(String code) {
            this.code = code;
            return this;
        }

        public Builder retryAfter(Duration retryAfter) {
            this.retryAfter = retryAfter;
            return this;
        }

        /**
         * Builds the value.
         *
         * @throws IllegalArgumentException or {@link NullPointerException} naming the field that is missing or
         *     out of range
         */
        public ErrorDetails build() {
            return new ErrorDetails(kind, message, code, retryAfter);
        }
    }
}
