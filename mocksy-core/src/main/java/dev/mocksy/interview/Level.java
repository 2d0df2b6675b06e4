package dev.mocksy.interview;

import java.util.List;

/** The seniority an interview is pitched at. */
public enum Level implements Choice {
    JUNIOR("junior", "Junior", "entry", "graduate", "intern", "jr"),
    MID("mid", "Mid-level", "mid level", "intermediate", "middle"),
    SENIOR("senior", "Senior", "sr", "lead", "staff", "principal");

    private final String id;
    private final String displayName;
    private final List<String> aliases;

    Level(String id, String displayName, String... aliases) {
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
     * Parses an id, name or alias such as {@code "junior"}.
     *
     * @throws IllegalArgumentException listing the accepted values when {@code text} matches none
     */
    public static Level parse(String text) {
        return Choice.parse(Level.class, "level", text);
    }
}
