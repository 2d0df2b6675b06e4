package dev.mocksy.interview;

/** The seniority an interview is pitched at. */
public enum Level implements Choice {
    JUNIOR("junior", "Junior", "entry", "graduate", "intern", "jr"),
    MID("mid", "Mid-level", "mid level", "intermediate", "middle"),
    SENIOR("senior", "Senior", "sr", "lead", "staff", "principal");

    private final Labels labels;

    Level(String id, String displayName, String... aliases) {
        this.labels = new Labels(id, displayName, aliases);
    }

    @Override
    public Labels labels() {
        return labels;
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
