package dev.mocksy.question;

import java.util.List;
import java.util.Objects;

/**
 * A common wrong belief about a question's subject, so that an answer stating it is caught instead of credited.
 *
 * @param claim the wrong statement in a sentence, shown to the candidate when caught, e.g. "Virtual threads are
 *     heavier than platform threads"
 * @param correction what is true instead, e.g. "Virtual threads are cheap: many of them share a few carrier threads"
 * @param variants phrases, any one of which in a sentence states the claim ("heavier than platform threads", "own os
 *     thread"); a variant that the sentence negates ("are not heavier") does not count. Empty means the claim
 *     itself is the only phrasing.
 */
public record Misconception(String claim, String correction, List<String> variants) {

    public Misconception {
        if (claim == null || claim.isBlank()) {
            throw new IllegalArgumentException("misconception claim must not be blank");
        }
        if (correction == null || correction.isBlank()) {
            throw new IllegalArgumentException("misconception '" + claim + "' needs a correction");
        }
        variants = List.copyOf(Objects.requireNonNullElse(variants, List.of()));
        for (String variant : variants) {
            if (variant == null || variant.isBlank()) {
                throw new IllegalArgumentException("misconception '" + claim + "' has a blank variant");
            }
        }
    }

    /** The claim followed by its variants: every phrasing that states it. */
    public List<String> phrasings() {
        List<String> all = new java.util.ArrayList<>(variants.size() + 1);
        all.add(claim);
        all.addAll(variants);
        return List.copyOf(all);
    }
}
