package dev.mocksy.resume;

import java.util.Objects;

/**
 * One titled part of a resume.
 *
 * @param kind what the section is about
 * @param heading the heading as written
 * @param text the section's body, without the heading
 */
public record ResumeSection(SectionKind kind, String heading, String text) {

    public ResumeSection {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(heading, "heading");
        Objects.requireNonNull(text, "text");
    }
}
