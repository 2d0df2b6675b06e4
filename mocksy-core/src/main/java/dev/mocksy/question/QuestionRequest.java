package dev.mocksy.question;

import dev.mocksy.interview.Difficulty;
import dev.mocksy.interview.InterviewPlan;
import dev.mocksy.interview.Turn;
import dev.mocksy.resume.CandidateProfile;
import java.util.List;
import java.util.Objects;

/**
 * What a {@link QuestionGenerator} knows when it picks the next main question.
 *
 * @param plan the interview plan
 * @param profile the candidate's profile, or {@code null} when no resume was given
 * @param history every turn so far, oldest first
 * @param targetDifficulty the difficulty to aim at, adapted to the running score
 */
public record QuestionRequest(
        InterviewPlan plan, CandidateProfile profile, List<Turn> history, Difficulty targetDifficulty) {

    public QuestionRequest {
        Objects.requireNonNull(plan, "plan");
        history = List.copyOf(history == null ? List.of() : history);
        targetDifficulty = targetDifficulty == null ? plan.difficulty() : targetDifficulty;
    }

    /** The number of main questions asked so far. */
    public int mainQuestionsAsked() {
        return (int) history.stream().filter(turn -> !turn.isFollowUp()).count();
    }
}
