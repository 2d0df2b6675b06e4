package dev.mocksy.examples.cli;

import dev.mocksy.evaluation.Evaluation;
import dev.mocksy.evaluation.Evidence;
import dev.mocksy.evaluation.RubricCategory;
import dev.mocksy.report.DeliverySummary;
import dev.mocksy.report.InterviewReport;
import dev.mocksy.speech.DeliveryMetrics;
import java.io.PrintStream;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** Human-readable feedback and report summaries for the terminal. */
final class Printer {

    private final PrintStream out;

    Printer(PrintStream out) {
        this.out = out;
    }

    void evaluation(Evaluation evaluation) {
        out.printf(Locale.ROOT, "Score %.1f/10%s%n", evaluation.overall(), flags(evaluation));
        for (RubricCategory category : RubricCategory.values()) {
            out.printf(Locale.ROOT, "  %-24s %4.1f%n", category.displayName(), evaluation.score(category));
        }
        evaluation.covered().forEach(point -> out.println("  + covered: " + point));
        evaluation.missed().forEach(point -> out.println("  - missed:  " + point));
        evaluation.evidence().stream()
                .filter(distinctBy(Evidence::quote))
                .limit(2)
                .forEach(e ->
                        out.println("  \"" + e.quote() + "\"" + (e.note().isEmpty() ? "" : " (" + e.note() + ")")));
        if (!evaluation.suggestion().isBlank()) {
            out.println("  Tip: " + evaluation.suggestion());
        }
        if (isFallback(evaluation)) {
            out.println("  (Scored by the offline evaluator: the language model could not give a verdict.)");
        }
        modelAnswer(evaluation);
    }

    /** Whether the score came from the offline evaluator standing in for a language model. */
    static boolean isFallback(Evaluation evaluation) {
        return evaluation.method().startsWith("fallback:");
    }

    /** A strong answer beside the candidate's, with what theirs lacked. */
    void modelAnswer(Evaluation evaluation) {
        if (evaluation.modelAnswer().isEmpty() || evaluation.clarificationRequest()) {
            return;
        }
        out.println("  A strong answer:");
        evaluation.modelAnswer().forEach(line -> out.println("    " + line));
        List<String> lacked = new java.util.ArrayList<>(evaluation.missed());
        evaluation.incorrectClaims().forEach(e -> lacked.add("correct: \"" + e.quote() + "\" (" + e.note() + ")"));
        if (!lacked.isEmpty()) {
            out.println("  Yours lacked: " + String.join("; ", lacked));
        }
    }

    private static <T> Predicate<T> distinctBy(Function<T, Object> key) {
        Set<Object> seen = new HashSet<>();
        return item -> seen.add(key.apply(item));
    }

    private static String flags(Evaluation evaluation) {
        if (evaluation.flags().isEmpty()) {
            return "";
        }
        return evaluation.flags().stream()
                .sorted()
                .map(dev.mocksy.evaluation.AnswerFlag::label)
                .collect(Collectors.joining(", ", "  [", "]"));
    }

    /** How a spoken answer was delivered, in two lines, with the analyzer's guidance. */
    void delivery(DeliveryMetrics d) {
        out.printf(
                Locale.ROOT,
                "  Delivery: %.0f words per minute, %s, %d filler words (%.0f%%)%s%n",
                d.wordsPerMinute(),
                d.pauses().count() == 0
                        ? "no pauses"
                        : String.format(
                                Locale.ROOT,
                                "%d pauses (longest %.1f s)",
                                d.pauses().count(),
                                d.pauses().longestSeconds()),
                d.fillerWords().count(),
                d.fillerWords().ratio() * 100,
                d.practiceLabel() == null ? "" : "; " + d.practiceLabel() + " (a rough heuristic)");
        d.guidance().forEach(line -> out.println("  - " + line));
    }

    void report(InterviewReport report) {
        out.println();
        out.println("=== Interview report ===");
        out.println("Overall: " + report.overall() + "/100   (confidence " + report.confidence() + "/10)");
        report.categories()
                .forEach((category, score) ->
                        out.printf(Locale.ROOT, "  %-24s %4.1f/10%n", category.displayName(), score));
        section("Strengths", report.strengths());
        section("To improve", report.improvements());
        section("Action items", report.actionItems());
        DeliverySummary.of(report.questions()).ifPresent(summary -> {
            out.println();
            out.printf(
                    Locale.ROOT,
                    "Delivery over %d spoken answers: %.0f words per minute, %d pauses (%d long), %d filler words "
                            + "(%.0f%% of %d words)%n",
                    summary.spokenAnswers(),
                    summary.wordsPerMinute(),
                    summary.pauses(),
                    summary.longPauses(),
                    summary.fillerWords(),
                    summary.fillerRatio() * 100,
                    summary.words());
            summary.guidance().forEach(line -> out.println("  - " + line));
        });
        if (!report.assessment().isBlank()) {
            out.println();
            out.println(report.assessment());
        }
        if (!report.heuristicParts().isEmpty()) {
            out.println();
            out.println("Heuristic parts: " + String.join(", ", report.heuristicParts()) + ".");
        }
    }

    private void section(String title, List<String> items) {
        if (items.isEmpty()) {
            return;
        }
        out.println();
        out.println(title + ":");
        items.forEach(item -> out.println("  - " + item));
    }
}
