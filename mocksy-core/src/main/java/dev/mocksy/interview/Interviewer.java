package dev.mocksy.interview;

import dev.mocksy.evaluation.AnswerEvaluator;
import dev.mocksy.question.QuestionGenerator;
import dev.mocksy.report.ReportGenerator;
import java.util.Objects;

/**
 * The three strategies that make an interviewer: what to ask, how to judge the answers, and the final report.
 *
 * @param questions chooses questions and follow-ups
 * @param evaluator scores answers
 * @param reports writes the report at the end
 */
public record Interviewer(QuestionGenerator questions, AnswerEvaluator evaluator, ReportGenerator reports) {

    public Interviewer {
        Objects.requireNonNull(questions, "questions");
        Objects.requireNonNull(evaluator, "evaluator");
        Objects.requireNonNull(reports, "reports");
    }
}
