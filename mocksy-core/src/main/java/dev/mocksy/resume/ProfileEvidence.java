package dev.mocksy.resume;

import java.util.Objects;

/**
 * Why the extractor concluded something, so a person (or a language model refining it) can check.
 *
 * @param field what was inferred, e.g. {@code "seniority"} or {@code "role"}
 * @param value the inferred value, e.g. {@code "senior"}
 * @param reason the text that supports it, e.g. {@code "latest title 'Senior Backend Engineer'"}
 */
public record ProfileEvidence(String field, String value, String reason) {

    public ProfileEvidence {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(reason, "reason");
    }
}
