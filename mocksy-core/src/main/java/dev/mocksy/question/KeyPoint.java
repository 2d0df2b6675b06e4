package dev.mocksy.question;

import java.util.List;
import java.util.Objects;

/**
 * One thing a strong answer covers, and the words that show it was covered.
 *
 * @param point the point in a sentence, shown to the candidate when missed, e.g. "Indexes speed up reads but slow
 *     down writes"
 * @param terms words and phrases any one of which shows the point was made (synonyms, spellings), e.g.
 *     {@code ["write overhead", "slower inserts", "index maintenance"]}
 * @param probe a question that asks for the point without stating it, e.g. "What does an index cost you when rows
 *     are written?", or {@code null} when none was written; a follow-up on the missed point asks it
 */
public record KeyPoint(String point, List<String> terms, String probe) {

    public KeyPoint {
        if (point == null || point.isBlank()) {
            throw new IllegalArgumentException("key point must not be blank");
        }
        terms = List.copyOf(Objects.requireNonNull(terms, "terms"));
        if (terms.isEmpty()) {
            throw new IllegalArgumentException("key point '" + point + "' needs at least one term");
        }
        probe = probe == null || probe.isBlank() ? null : probe.strip();
    }

    /** A key point without a written probe. */
    public KeyPoint(String point, List<String> terms) {
        this(point, terms, null);
    }
}
