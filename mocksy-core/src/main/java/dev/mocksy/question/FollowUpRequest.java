package dev.mocksy.question;

import dev.mocksy.interview.InterviewPlan;
import dev.mocksy.interview.Turn;
import java.util.List;
import java.util.Objects;

/**
 * What a {@link QuestionGenerator} knows when it decides on a follow-up.
 *
 * @param plan the interview plan
 * @param thread the main question's turn and its follow-ups so far, oldest first; the last one was just evaluated
 * @param history every turn of the interview so far, oldest first, the thread included; a follow-up the candidate
 *     declined anywhere in it is not asked again
 */
public record FollowUpRequest(InterviewPlan plan, List<Turn> thread, List<Turn> history) {

    public FollowUpRequest {
        Objects.requireNonNull(plan, "plan");
        thread = List.copyOf(Objects.requireNonNull(thread, "thread"));
        if (thread.isEmpty()) {
            throw new IllegalArgumentException("thread must hold at least the main question's turn");
        }
        history = history == null || history.isEmpty() ? thread : List.copyOf(history);
    }

    /** The turn that was just answered and evaluated. */
    public Turn last() {
        return thread.get(thread.size() - 1);
    }

    /** The main question the thread started with. */
    public Question mainQuestion() {
        return thread.get(0).question();
    }

    /** The follow-ups already asked on this main question. */
    public int followUpsAsked() {
        return thread.size() - 1;
    }
}
