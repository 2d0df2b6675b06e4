package dev.mocksy.interview;

import java.util.List;

/** When the candidate sees feedback. */
public enum InterviewMode implements Choice {
    /** Feedback after each answer; hints allowed. */
    PRACTICE("practice", "Practice", "training", "coach"),
    /** Feedback only at the end, like a real interview. */
    REALISTIC("realistic", "Realistic", "real", "exam", "mock");

    private final String id;
    private final String displayName;
    private final List<String> aliases;

    InterviewMode(String id, String displayName, String... aliases) {
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
     * Parses an id, name or alias such as {@code "practice"}.
     *
     * @throws IllegalArgumentException listing the accepted values when {@code text} matches none
     */
    public static InterviewMode parse(String text) {
        return Choice.parse(InterviewMode.class, "mode", text);
    }
}
