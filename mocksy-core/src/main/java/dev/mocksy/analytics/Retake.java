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
}
