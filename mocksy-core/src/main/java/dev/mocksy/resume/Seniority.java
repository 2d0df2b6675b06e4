package dev.mocksy.resume;

import dev.mocksy.interview.Level;
import java.util.Locale;

/** A candidate's career stage, finer than the interview {@link Level}. */
public enum Seniority {
    /** Still studying, with at most internships and student jobs. */
    STUDENT(Level.JUNIOR),
    INTERN(Level.JUNIOR),
    JUNIOR(Level.JUNIOR),
    MID(Level.MID),
    SENIOR(Level.SENIOR),
    LEAD(Level.SENIOR);

    private final Level level;

    Seniority(Level level) {
        this.level = level;
    }

    /** The interview level questions for this stage are pitched at. */
    public Level level() {
        return level;
    }

    /** The lower-case id used in JSON, e.g. {@code "senior"}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
