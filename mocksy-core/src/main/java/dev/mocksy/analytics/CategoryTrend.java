package dev.mocksy.analytics;

import dev.mocksy.evaluation.RubricCategory;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A rubric category's score across sessions, oldest first.
 *
 * @param category the category
 * @param points one per session that scored it
 */
public record CategoryTrend(RubricCategory category, List<TrendPoint> points) {

    public CategoryTrend {
        Objects.requireNonNull(category, "category");
        points = List.copyOf(points);
    }

    /** The latest score minus the first; empty with fewer than two sessions. */
    public Optional<Double> change() {
        if (points.size() < 2) {
            return Optional.empty();
        }
        return Optional.of(SessionScore.round(
                points.get(points.size() - 1).score() - points.get(0).score()));
    }
}
