package dev.mocksy.examples.cli;

import dev.mocksy.interview.InterviewPlan;
import dev.mocksy.interview.SetupConversation;
import dev.mocksy.interview.SetupConversation.Topic;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The set-up conversation in the terminal: asks for each part of the plan that no flag gave, Enter taking the
 * default. A bad reply is explained and asked again; end of input takes the defaults.
 */
final class InterviewSetup {

    private final AnswerInput input;
    private final PrintStream out;

    InterviewSetup(AnswerInput input, PrintStream out) {
        this.input = input;
        this.out = out;
    }

    /** Fills the builder from the flags given, asking for the rest. */
    InterviewPlan plan(InterviewOptions flags) {
        return plan(flags, InterviewPlan.builder(), false);
    }

    /**
     * Completes a plan already aimed at a resume: role, level and technologies came from it, so only the rest
     * is asked.
     */
    InterviewPlan plan(InterviewOptions flags, InterviewPlan.Builder fromResume) {
        return plan(flags, fromResume, true);
    }

    private InterviewPlan plan(InterviewOptions flags, InterviewPlan.Builder plan, boolean fromResume) {
        flags.applyFixed(plan);
        List<Topic> topics = new ArrayList<>();
        if (flags.role == null && !fromResume) {
            topics.add(Topic.ROLE);
        }
        if (flags.type == null) {
            topics.add(Topic.TYPE);
        }
        if (flags.level == null && !fromResume) {
            topics.add(Topic.LEVEL);
        }
        if (flags.questions == null) {
            topics.add(Topic.QUESTIONS);
        }
        if (flags.technologies == null && !fromResume) {
            topics.add(Topic.TECHNOLOGIES);
        }
        SetupConversation setup = SetupConversation.of(plan, topics);
        while (setup.next().isPresent()) {
            ask(setup, setup.next().get());
        }
        return setup.plan();
    }

    /** Applies "5" as a question count and "30m" as a duration. */
    static void questions(InterviewPlan.Builder plan, String reply) {
        SetupConversation.questions(plan, reply);
    }

    static List<String> technologies(String reply) {
        return SetupConversation.technologies(reply);
    }

    private void ask(SetupConversation setup, SetupConversation.Prompt prompt) {
        String defaultValue = prompt.defaultReply();
        out.print(prompt.text() + (defaultValue.isEmpty() ? " [none]" : " [" + defaultValue + "]") + ": ");
        out.flush();
        AnswerInput.Line line = input.next();
        String reply = line.isEnd() || line.text().isBlank() ? defaultValue : line.text();
        if (line.isEnd() || !input.interactive()) {
            out.println(reply.isBlank() ? "" : reply); // piped input is not echoed by a terminal
        }
        Optional<String> problem = setup.reply(reply);
        if (problem.isPresent()) {
            out.println("  " + problem.get());
            if (line.isEnd()) {
                setup.acceptDefaults();
            }
        }
    }
}
