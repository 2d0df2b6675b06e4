package dev.mocksy.examples.cli;

import dev.mocksy.interview.InterviewPlan;
import dev.mocksy.interview.InterviewType;
import dev.mocksy.interview.Level;
import dev.mocksy.interview.Role;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The short set-up conversation: asks for each part of the plan that no flag gave, Enter taking the default.
 * A bad reply is explained and asked again; end of input takes the defaults.
 */
final class InterviewSetup {

    private static final Pattern MINUTES = Pattern.compile("(\\d+)\\s*(m|min|mins|minutes)");

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
        if (flags.role == null && !fromResume) {
            ask("Role (" + ids(Role.values()) + ")", "general", plan::role);
        }
        if (flags.type == null) {
            ask("Interview type (" + ids(InterviewType.values()) + ")", "mixed", plan::type);
        }
        if (flags.level == null && !fromResume) {
            ask("Level (" + ids(Level.values()) + ")", "mid", plan::level);
        }
        if (flags.questions == null) {
            ask("Number of questions, or a duration such as 30m", "5", reply -> questions(plan, reply));
        }
        if (flags.technologies == null && !fromResume) {
            ask("Technologies to focus on, comma separated", "", reply -> plan.technologies(technologies(reply)));
        }
        return plan.build();
    }

    /** Applies "5" as a question count and "30m" as a duration. */
    static void questions(InterviewPlan.Builder plan, String reply) {
        String text = reply.strip().toLowerCase();
        Matcher minutes = MINUTES.matcher(text);
        if (minutes.matches()) {
            plan.duration(Duration.ofMinutes(Integer.parseInt(minutes.group(1))));
        } else if (text.matches("\\d{1,3}")) {
            int count = Integer.parseInt(text);
            if (count < 1 || count > InterviewPlan.MAX_QUESTIONS) {
                throw new IllegalArgumentException(
                        "the number of questions must be between 1 and " + InterviewPlan.MAX_QUESTIONS);
            }
            plan.questionCount(count);
        } else {
            throw new IllegalArgumentException(
                    "'" + reply.strip() + "' is neither a number of questions (e.g. 5) " + "nor a duration (e.g. 30m)");
        }
    }

    static List<String> technologies(String reply) {
        return Arrays.stream(reply.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    private void ask(String prompt, String defaultValue, Consumer<String> apply) {
        while (true) {
            out.print(prompt + (defaultValue.isEmpty() ? " [none]" : " [" + defaultValue + "]") + ": ");
            out.flush();
            AnswerInput.Line line = input.next();
            String reply = line.isEnd() || line.text().isBlank() ? defaultValue : line.text();
            if (line.isEnd() || !input.interactive()) {
                out.println(reply.isBlank() ? "" : reply); // piped input is not echoed by a terminal
            }
            try {
                if (!reply.isBlank()) {
                    apply.accept(reply);
                }
                return;
            } catch (IllegalArgumentException e) {
                out.println("  " + e.getMessage());
                if (line.isEnd()) {
                    return;
                }
            }
        }
    }

    private static String ids(dev.mocksy.interview.Choice[] choices) {
        return String.join(
                ", ",
                Arrays.stream(choices).map(dev.mocksy.interview.Choice::id).toList());
    }
}
