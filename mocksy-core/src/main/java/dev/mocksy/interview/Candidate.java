package dev.mocksy.interview;

import java.util.regex.Pattern;

/**
 * Who a session belongs to: a candidate id chosen by the product (a user id, an account name), or {@link #LOCAL} for
 * the one person using Mocksy on this machine.
 *
 * <p>Progress, history, exports and deletion are per candidate.
 */
public final class Candidate {

    /** The candidate of a single-user install such as the terminal app, and of journals written before owners. */
    public static final String LOCAL = "local";

    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@+-]{0,127}");

    private Candidate() {}

    /**
     * The id, checked.
     *
     * @throws IllegalArgumentException when it is not 1-128 letters, digits, '.', '_', '@', '+' or '-' starting with
     *     a letter or digit
     */
    public static String requireValid(String candidateId) {
        if (candidateId == null || !VALID.matcher(candidateId).matches()) {
            throw new IllegalArgumentException("candidate id must be 1-128 letters, digits, '.', '_', '@', '+' or '-',"
                    + " starting with a letter or digit, got '" + candidateId + "'");
        }
        return candidateId;
    }
}
