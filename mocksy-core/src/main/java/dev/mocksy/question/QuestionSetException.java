package dev.mocksy.question;

import dev.mocksy.MocksyException;
import java.util.List;
import java.util.stream.Collectors;

/** A question-set file that cannot be used: every problem found, each with its file, line and field. */
public final class QuestionSetException extends MocksyException {

    private final transient List<QuestionSetProblem> problems;

    public QuestionSetException(List<QuestionSetProblem> problems) {
        super(message(problems));
        this.problems = List.copyOf(problems);
    }

    public QuestionSetException(String message, Throwable cause) {
        super(message, cause);
        this.problems = List.of();
    }

    /** Every problem, in file order. */
    public List<QuestionSetProblem> problems() {
        return problems;
    }

    private static String message(List<QuestionSetProblem> problems) {
        String listed = problems.stream().map(QuestionSetProblem::toString).collect(Collectors.joining("\n  "));
        return (problems.size() == 1 ? "1 problem" : problems.size() + " problems")
                + " in the question set (see docs/QUESTION-SETS.md):\n  " + listed;
    }
}
