package dev.mocksy.evaluation;

import java.util.Objects;

/**
 * A quote from the answer and what it shows.
 *
 * @param quote words taken verbatim from the answer
 * @param note what the quote shows, e.g. "covers: indexes slow down writes"
 */
public record Evidence(String quote, String note) {

    /** Notes of quotes that state something wrong start with this. */
    public static final String INCORRECT = "incorrect: ";

    /** Notes of statements the evaluator could not check start with this. */
    public static final String NOT_CHECKED = "not checked: ";

    public Evidence {
        Objects.requireNonNull(quote, "quote");
        note = note == null ? "" : note;
    }
}
