package dev.mocksy.resume.document;

import dev.mocksy.spi.ProviderConfig;
import java.time.Duration;

/**
 * The limits a resume file must respect before and while it is read.
 *
 * @param maxBytes the largest file accepted, in bytes
 * @param maxPages the most pages accepted (PDF page count, or the page count a word processor stored)
 * @param maxInflateRatio the most a compressed document (DOCX) may expand relative to its size
 * @param maxInflatedBytes the most bytes a compressed document may expand to, whatever its ratio
 * @param timeLimit the longest one document may take to read
 */
public record ResumeLimits(
        long maxBytes, int maxPages, int maxInflateRatio, long maxInflatedBytes, Duration timeLimit) {

    /** 10 MB, 20 pages, ratio 100, 200 MB expanded, 20 seconds. */
    public static final ResumeLimits DEFAULT = new ResumeLimits(10L << 20, 20, 100, 200L << 20, Duration.ofSeconds(20));

    public ResumeLimits {
        if (maxBytes < 1) {
            throw new IllegalArgumentException("maxBytes must be positive, got " + maxBytes);
        }
        if (maxPages < 1) {
            throw new IllegalArgumentException("maxPages must be positive, got " + maxPages);
        }
        if (maxInflateRatio < 1) {
            throw new IllegalArgumentException("maxInflateRatio must be positive, got " + maxInflateRatio);
        }
        if (maxInflatedBytes < 1) {
            throw new IllegalArgumentException("maxInflatedBytes must be positive, got " + maxInflatedBytes);
        }
        if (timeLimit == null || timeLimit.isNegative() || timeLimit.isZero()) {
            throw new IllegalArgumentException("timeLimit must be positive, got " + timeLimit);
        }
    }

    /**
     * The defaults overridden by settings {@code mocksy.resume.max-bytes}, {@code mocksy.resume.max-pages},
     * {@code mocksy.resume.max-inflate-ratio} and {@code mocksy.resume.time-limit} (an ISO-8601 duration such as
     * {@code PT10S}, or seconds).
     *
     * @throws IllegalArgumentException naming the setting whose value is not a positive number
     */
    public static ResumeLimits from(ProviderConfig config) {
        return new ResumeLimits(
                config.get("mocksy.resume.max-bytes")
                        .map(v -> parseLong("mocksy.resume.max-bytes", v))
                        .orElse(DEFAULT.maxBytes),
                config.get("mocksy.resume.max-pages")
                        .map(v -> (int) parseLong("mocksy.resume.max-pages", v))
                        .orElse(DEFAULT.maxPages),
                config.get("mocksy.resume.max-inflate-ratio")
                        .map(v -> (int) parseLong("mocksy.resume.max-inflate-ratio", v))
                        .orElse(DEFAULT.maxInflateRatio),
                DEFAULT.maxInflatedBytes,
                config.get("mocksy.resume.time-limit")
                        .map(ResumeLimits::parseDuration)
                        .orElse(DEFAULT.timeLimit));
    }

    /** A copy with another size limit. */
    public ResumeLimits withMaxBytes(long maxBytes) {
        return new ResumeLimits(maxBytes, maxPages, maxInflateRatio, maxInflatedBytes, timeLimit);
    }

    /** A copy with another page limit. */
    public ResumeLimits withMaxPages(int maxPages) {
        return new ResumeLimits(maxBytes, maxPages, maxInflateRatio, maxInflatedBytes, timeLimit);
    }

    /** A copy with another decompression ratio limit. */
    public ResumeLimits withMaxInflateRatio(int maxInflateRatio) {
        return new ResumeLimits(maxBytes, maxPages, maxInflateRatio, maxInflatedBytes, timeLimit);
    }

    /** A copy with another time limit. */
    public ResumeLimits withTimeLimit(Duration timeLimit) {
        return new ResumeLimits(maxBytes, maxPages, maxInflateRatio, maxInflatedBytes, timeLimit);
    }

    private static long parseLong(String key, String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a positive whole number, got '" + value + "'", e);
        }
    }

    private static Duration parseDuration(String value) {
        try {
            return value.startsWith("P") || value.startsWith("p")
                    ? Duration.parse(value)
                    : Duration.ofSeconds(Long.parseLong(value));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(
                    "mocksy.resume.time-limit must be seconds or an ISO-8601 duration such as PT10S, got '" + value
                            + "'",
                    e);
        }
    }

    /** A builder for {@link ResumeLimits}; every field is checked when {@link Builder#build()} runs. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this value's fields, to change some of them. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Builds a {@link ResumeLimits}. */
    public static final class Builder {
        private long maxBytes;
        private int maxPages;
        private int maxInflateRatio;
        private long maxInflatedBytes;
        private Duration timeLimit;

        private Builder() {}

        private Builder(ResumeLimits source) {
            maxBytes = source.maxBytes;
            maxPages = source.maxPages;
            maxInflateRatio = source.maxInflateRatio;
            maxInflatedBytes = source.maxInflatedBytes;
            timeLimit = source.timeLimit;
        }

        public Builder maxBytes(long maxBytes) {
            this.maxBytes = maxBytes;
            return this;
        }

        public Builder maxPages(int maxPages) {
            this.maxPages = maxPages;
            return this;
        }

        public Builder maxInflateRatio(int maxInflateRatio) {
            this.maxInflateRatio = maxInflateRatio;
            return this;
        }

        public Builder maxInflatedBytes(long maxInflatedBytes) {
            this.maxInflatedBytes = maxInflatedBytes;
            return this;
        }

        public Builder timeLimit(Duration timeLimit) {
            this.timeLimit = timeLimit;
            return this;
        }

        /**
         * Builds the value.
         *
         * @throws IllegalArgumentException or {@link NullPointerException} naming the field that is missing or
         *     out of range
         */
        public ResumeLimits build() {
            return new ResumeLimits(maxBytes, maxPages, maxInflateRatio, maxInflatedBytes, timeLimit);
        }
    }
}
