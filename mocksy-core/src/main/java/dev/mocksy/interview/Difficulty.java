package dev.mocksy.interview;

/** How hard the questions are. */
public enum Difficulty implements Choice {
    EASY("easy", "Easy", "1", "low"),
    MEDIUM("medium", "Medium", "2", "normal", "moderate"),
    HARD("hard", "Hard", "3", "high", "difficult");

    private final Labels labels;

    Difficulty(String id, String displayName, String... aliases) {
        this.labels = new Labels(id, displayName, aliases);
    }

    @Override
    public Labels labels() {
        return labels;
    }

    /**
     * Parses an id, name or alias such as {@code "easy"}.
     *
     * @throws IllegalArgumentException listing the accepted values when {@code text} matches none
     */
    /** One step harder, or this one if it is already the hardest. */
    public Difficulty harder() {
        return this == EASY ? MEDIUM : HARD;
    }

    /** One step easier, or this one if it is already the easiest. */
    public Difficulty easier() {
        return this == HARD ? MEDIUM : EASY;
    }

    public static Difficulty parse(String text) {
        return Choice.parse(Difficulty.class, "difficulty", text);
    }
}
