package dev.mocksy.interview;

/** What kind of questions an interview asks. */
public enum InterviewType implements Choice {
    BEHAVIORAL("behavioral", "Behavioral", "behavioural", "behavior", "hr"),
    TECHNICAL("technical", "Technical", "tech"),
    MIXED("mixed", "Mixed", "both"),
    SYSTEM_DESIGN("system-design", "System design", "system design", "design", "systems");

    private final Labels labels;

    InterviewType(String id, String displayName, String... aliases) {
        this.labels = new Labels(id, displayName, aliases);
    }

    @Override
    public Labels labels() {
        return labels;
    }

    /**
     * Parses an id, name or alias such as {@code "behavioral"}.
     *
     * @throws IllegalArgumentException listing the accepted values when {@code text} matches none
     */
    public static InterviewType parse(String text) {
        return Choice.parse(InterviewType.class, "type", text);
    }
}
