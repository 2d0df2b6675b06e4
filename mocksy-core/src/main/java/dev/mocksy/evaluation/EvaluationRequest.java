package dev.mocksy.evaluation;

import dev.mocksy.interview.Answer;
import dev.mocksy.interview.InterviewPlan;
import dev.mocksy.question.Question;
import java.util.Objects;

/**
 * One answer to evaluate.
 *
 * @param question the question that was asked, with its key points
 * @param answer the candidate's answer
 * @param plan the interview's plan, or {@code null} when the answer is evaluated on its own
 */
public record EvaluationRequest(Question question, Answer answer, InterviewPlan plan) {

    public EvaluationRequest {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(answer, "answer");
    }
}
