package dev.mocksy.analytics;

import dev.mocksy.evaluation.RubricCategory;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * A session that repeats an earlier plan (same role, type, level and technologies), against the attempt before it.
 *
 * @param sessionId the retake
 * @param previousSessionId the attempt before it at the same plan
 * @param overallChange the retake's overall score minus the previous one's, in points out of 100
 * @param categoryChanges the change per category both scored, out of 10
 */
public record Retake(
        String sessionId, String previousSessionId, int overallChange, Map<RubricCategory, Double> categoryChanges) {

    public Retake {
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(previousSessionId, "previousSessionId");
        EnumMap<RubricCategory, Double> copy = new EnumMap<>(RubricCategory.class);
        copy.putAll(categoryChanges);
        categoryChanges = Collections.unmodifiableMap(copy);
    }

    /** A builder for {@link Retake}; every field is checked when {@link Builder#build()} runs. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this value's fields, to change some of them. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Builds a {@link Retake}. */
    public static final class Builder {
        private String sessionId;
        private String previousSessionId;
        private int overallChange;
        private Map<RubricCategory, Double> categoryChanges = Map.of();

        private Builder() {}

        private Builder(Retake source) {
            sessionId = source.sessionId;
            previousSessionId = source.previousSessionId;
            overallChange = source.overallChange;
            categoryChanges = source.categoryChanges;
        }

        public Builder sessionId(String sessionId) {
            this.sessionId = sessionId;
            return this;
        }

        public Builder previousSessionId(String previousSessionId) {
            this.previousSessionId = previousSessionId;
            return this;
        }

        public Builder overallChange(int overallChange) {
            this.overallChange = overallChange;
            return this;
        }

        public Builder categoryChanges(Map<RubricCategory, Double> categoryChanges) {
            this.categoryChanges = categoryChanges;
            return this;
        }

        /**
         * Builds the value.
         *
         * @throws IllegalArgumentException or {@link NullPointerException} naming the field that is missing or
         *     out of range
         */
        public Retake build() {
            return new Retake(sessionId, previousSessionId, overallChange, categoryChanges);
        }
    }
}
