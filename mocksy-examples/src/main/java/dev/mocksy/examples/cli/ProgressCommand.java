package dev.mocksy.examples.cli;

import dev.mocksy.analytics.AnswerAttempt;
import dev.mocksy.analytics.CategoryTrend;
import dev.mocksy.analytics.ProgressReport;
import dev.mocksy.analytics.RepeatedQuestion;
import dev.mocksy.analytics.StudyStep;
import dev.mocksy.analytics.TrendPoint;
import dev.mocksy.analytics.WeakTopic;
import dev.mocksy.internal.MocksyJson;
import dev.mocksy.interview.Candidate;
import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ./mocksy progress}: trends, retakes, weak topics, the next interview and a study plan. */
@Command(
        name = "progress",
        mixinStandardHelpOptions = true,
        description = "Your progress over all interviews: score trends, the change since your last try at the same"
                + " interview, recurring weak topics, the interview to take next and what to study.")
final class ProgressCommand implements Callable<Integer> {

    private final Terminal terminal;

    @Mixin
    Home home;

    @Option(names = "--json", description = "The whole progress report as JSON.")
    boolean json;

    ProgressCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() throws Exception {
        ProgressReport progress = home.mocksy().progress(Candidate.LOCAL);
        PrintStream out = terminal.out();
        if (json) {
            out.println(MocksyJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(progress));
            return 0;
        }
        if (progress.sessions().isEmpty()) {
            out.println("No scored interview yet. " + progress.recommendation());
            return 0;
        }
        out.println("Overall, oldest first: "
                + progress.overallTrend().stream()
                        .map(point ->
                                HistoryCommand.DATE.format(point.at()).substring(0, 10) + " " + (int) point.score())
                        .collect(Collectors.joining(" -> ")));
        for (CategoryTrend trend : progress.categoryTrends()) {
            out.printf(
                    Locale.ROOT,
                    "  %-24s %s%s%n",
                    trend.category().displayName(),
                    trend.points().stream()
                            .map(TrendPoint::score)
                            .map(score -> String.format(Locale.ROOT, "%.1f", score))
                            .collect(Collectors.joining(" -> ")),
                    trend.change()
                            .map(change -> String.format(Locale.ROOT, "  (%+.1f)", change))
                            .orElse(""));
        }
        progress.latestRetake()
                .ifPresent(retake -> out.printf(
                        Locale.ROOT,
                        "%nYour latest interview repeats %s: %+d points overall.%n",
                        retake.previousSessionId(),
                        retake.overallChange()));
        out.println();
        if (progress.weakTopics().isEmpty()) {
            out.println("No weak topic: every topic averages 6/10 or more.");
        } else {
            out.println("Weak topics:");
            for (WeakTopic topic : progress.weakTopics()) {
                out.printf(
                        Locale.ROOT,
                        "  - %s: %.1f/10 over %d answers in %d sessions%s%n",
                        topic.topic(),
                        topic.meanScore(),
                        topic.answers(),
                        topic.sessions(),
                        topic.recurring() ? " (recurring)" : "");
            }
        }
        out.println();
        out.println("Next interview: " + HistoryCommand.describe(progress.recommendedPlan()) + ", "
                + progress.recommendedPlan().difficulty().id() + ". " + progress.recommendation());
        if (!progress.studyPlan().isEmpty()) {
            out.println();
            out.println("Study plan:");
            for (StudyStep step : progress.studyPlan()) {
                out.println("  " + step.order() + ". " + step.topic() + " (" + step.why() + ")");
                step.actions().forEach(action -> out.println("     - " + action));
            }
        }
        for (RepeatedQuestion repeated : progress.repeatedQuestions()) {
            out.println();
            out.println("Asked again: " + repeated.question());
            for (AnswerAttempt attempt : repeated.attempts()) {
                out.printf(
                        Locale.ROOT,
                        "  %s  %.1f/10  %s%n",
                        HistoryCommand.DATE.format(attempt.at()),
                        attempt.score(),
                        shorten(attempt.answer()));
            }
        }
        return 0;
    }

    private static String shorten(String text) {
        String line = text.replaceAll("\\s+", " ").strip();
        return line.length() <= 100 ? line : line.substring(0, 99) + "…";
    }
}
