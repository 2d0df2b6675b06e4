package dev.mocksy.evaluation;

import java.util.Objects;

/**
 * A quote from the answer and what it shows.
 *
 * @param quote words taken verbatim from the answer
 * @param note what the quote shows, e.g. "covers: indexes slow down writes"
 */
public record Evidence(String quote, String note) {

    public Evidence {
        Objects.requireNonNull(quote, "quote");
        note = note == null ? "" : note;
    }
}
