package dev.mocksy.interview;

/**
 * Who runs the interview, which decides what may be inferred from the candidate's face and voice.
 *
 * <p>In an {@link #ASSESSMENT} anything that infers feelings from face or voice is off, and consent is recorded in
 * the session for what is captured (see {@link InterviewSession#recordConsent}).
 */
public enum InterviewContext implements Choice {
    /** The candidate practises for themself. */
    PRACTICE("practice", "Practice", "training", "self"),
    /** A product screens candidates for a job: hiring decisions may follow. */
    ASSESSMENT("assessment", "Assessment", "hiring", "screening");

    private final Labels labels;

    InterviewContext(String id, String displayName, String... aliases) {
        this.labels = new Labels(id, displayName, aliases);
    }

    @Override
    public Labels labels() {
        return labels;
    }

    /**
     * Parses an id, name or alias such as {@code "assessment"}.
     *
     * @throws IllegalArgumentException listing the accepted values when {@code text} matches none
     */
    public static InterviewContext parse(String text) {
        return Choice.parse(InterviewContext.class, "context", text);
    }
}
