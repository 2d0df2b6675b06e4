package dev.mocksy.examples.cli;

import dev.mocksy.Mocksy;
import dev.mocksy.interview.InterviewPlan;
import dev.mocksy.interview.InterviewSession;
import java.io.PrintStream;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code ./mocksy interview}: set up, run and report a mock interview in the terminal. */
@Command(
        name = "interview",
        mixinStandardHelpOptions = true,
        description = "Run a mock interview: a short set-up, one question at a time, feedback and a saved report.")
final class InterviewCommand implements Callable<Integer> {

    private final Terminal terminal;

    @Mixin
    Home home;

    @Mixin
    InterviewOptions options;

    InterviewCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() {
        PrintStream out = terminal.out();
        Mocksy mocksy = home.mocksy();
        AnswerInput input = new AnswerInput(terminal.in());
        out.println("Mocksy mock interview");
        if (mocksy.languageModel().isEmpty()) {
            out.println("Running offline: questions come from Mocksy's built-in bank and answers are scored by its "
                    + "transparent heuristic evaluator (no language model configured).");
        }
        out.println();
        InterviewPlan plan = new InterviewSetup(input, out).plan(options);
        out.println();
        out.println(describe(plan));
        InterviewSession session = mocksy.startInterview(plan);
        out.println("Session " + session.id() + " is saved as you go; `./mocksy continue` picks it up if "
                + "anything interrupts it.");
        return Sessions.finish(session, input, out, home);
    }

    static String describe(InterviewPlan plan) {
        StringBuilder text = new StringBuilder("Plan: ")
                .append(plan.questionCount())
                .append(' ')
                .append(plan.type().displayName().toLowerCase())
                .append(plan.questionCount() == 1 ? " question" : " questions")
                .append(" for a ")
                .append(plan.level().displayName().toLowerCase())
                .append(' ')
                .append(plan.role().displayName())
                .append(" role, ")
                .append(plan.difficulty().id())
                .append(" difficulty");
        if (!plan.technologies().isEmpty()) {
            text.append(", focused on ").append(String.join(", ", plan.technologies()));
        }
        text.append("; ").append(plan.mode().displayName().toLowerCase()).append(" mode (");
        text.append(
                plan.mode() == dev.mocksy.interview.InterviewMode.PRACTICE
                        ? "feedback after each answer"
                        : "feedback at the end");
        text.append("), ").append(plan.companyStyle().name()).append(" style.");
        if (plan.questionTimeLimit() != null) {
            text.append(" Up to ")
                    .append(InterviewRunner.clock(plan.questionTimeLimit()))
                    .append(" per answer");
            if (plan.totalTimeLimit() != null) {
                text.append(", ").append(plan.totalTimeLimit().toMinutes()).append(" minutes in all");
            }
            text.append('.');
        }
        return text.toString();
    }
}
