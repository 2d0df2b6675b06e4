package dev.mocksy.resume;

import java.util.Objects;

/**
 * A technology or skill the candidate has.
 *
 * @param name its canonical name, e.g. "Kubernetes"
 * @param category its family, e.g. "devops", "language", "database"
 */
public record Skill(String name, String category) {

    public Skill {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("skill name must not be blank");
        }
        category = Objects.requireNonNullElse(category, "other");
    }
}
