package dev.mocksy.interview;

import java.util.List;

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

    private final String id;
    private final String displayName;
    private final List<String> aliases;

    InterviewContext(String id, String displayName, String... aliases) {
        this.id = id;
        this.displayName = displayName;
        this.aliases = List.of(aliases);
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String displayName() {
        return displayName;
    }

    @Override
    public List<String> aliases() {
        return aliases;
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
