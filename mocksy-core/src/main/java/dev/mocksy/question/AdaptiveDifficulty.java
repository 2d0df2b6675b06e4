package dev.mocksy.question;

import dev.mocksy.interview.Difficulty;
import dev.mocksy.interview.Turn;
import java.util.List;

/**
 * Moves the difficulty with the candidate: a step harder after strong answers, a step easier after weak ones.
 *
 * <p>Looks at the last two evaluated main questions only, so one bad answer early does not sink the interview.
 */
public final class AdaptiveDifficulty {

    /** An average at or above this (0-10) makes the next question harder. */
    public static final double HARDER_AT = 7.5;

    /** An average at or below this (0-10) makes the next question easier. */
    public static final double EASIER_AT = 4.0;

    private AdaptiveDifficulty() {}

    /** The difficulty to aim the next main question at. */
    public static Difficulty next(Difficulty planned, List<Turn> history) {
        List<Double> recent = history.stream()
                .filter(turn -> !turn.isFollowUp() && turn.isEvaluated())
                .map(turn -> turn.evaluation().overall())
                .toList();
        if (recent.isEmpty()) {
            return planned;
        }
        double average = recent.subList(Math.max(0, recent.size() - 2), recent.size()).stream()
                .mapToDouble(Double::doubleValue)
                .average()
                .orElseThrow();
        if (average >= HARDER_AT) {
            return planned.harder();
        }
        if (average <= EASIER_AT) {
            return planned.easier();
        }
        return planned;
    }
}
