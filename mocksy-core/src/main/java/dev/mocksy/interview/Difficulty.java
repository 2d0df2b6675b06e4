package dev.mocksy.interview;

import java.util.List;

/** How hard the questions are. */
public enum Difficulty implements Choice {
    EASY("easy", "Easy", "1", "low"),
    MEDIUM("medium", "Medium", "2", "normal", "moderate"),
    HARD("hard", "Hard", "3", "high", "difficult");

    private final String id;
    private final String displayName;
    private final List<String> aliases;

    Difficulty(String id, String displayName, String... aliases) {
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
