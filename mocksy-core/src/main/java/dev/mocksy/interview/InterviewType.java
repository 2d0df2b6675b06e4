package dev.mocksy.interview;

import java.util.List;

/** What kind of questions an interview asks. */
public enum InterviewType implements Choice {
    BEHAVIORAL("behavioral", "Behavioral", "behavioural", "behavior", "hr"),
    TECHNICAL("technical", "Technical", "tech"),
    MIXED("mixed", "Mixed", "both"),
    SYSTEM_DESIGN("system-design", "System design", "system design", "design", "systems");

    private final String id;
    private final String displayName;
    private final List<String> aliases;

    InterviewType(String id, String displayName, String... aliases) {
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
     * Parses an id, name or alias such as {@code "behavioral"}.
     *
     * @throws IllegalArgumentException listing the accepted values when {@code text} matches none
     */
    public static InterviewType parse(String text) {
        return Choice.parse(InterviewType.class, "type", text);
    }
}
