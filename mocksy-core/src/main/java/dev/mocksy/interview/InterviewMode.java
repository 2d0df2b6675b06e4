package dev.mocksy.interview;

/** When the candidate sees feedback. */
public enum InterviewMode implements Choice {
    /** Feedback after each answer; hints allowed. */
    PRACTICE("practice", "Practice", "training", "coach"),
    /** Feedback only at the end, like a real interview. */
    REALISTIC("realistic", "Realistic", "real", "exam", "mock");

    private final Labels labels;

    InterviewMode(String id, String displayName, String... aliases) {
        this.labels = new Labels(id, displayName, aliases);
    }

    @Override
    public Labels labels() {
        return labels;
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
