package dev.mocksy.report;

import static dev.mocksy.report.MarkdownText.blockQuote;
import static dev.mocksy.report.MarkdownText.inline;

import dev.mocksy.evaluation.AnswerFlag;
import dev.mocksy.evaluation.Evaluation;
import dev.mocksy.evaluation.Evidence;
import dev.mocksy.evaluation.RubricCategory;
import dev.mocksy.interview.InterviewPlan;
import dev.mocksy.speech.DeliveryMetrics;
import dev.mocksy.vision.AnswerVision;
import dev.mocksy.vision.VisionSummary;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Writes a report as a Markdown document a candidate can read: the title, the overall score and category table, the
 * assessment, strengths, improvements, action items, the delivery of spoken answers, then every question with its score, key points, evidence,
 * answer, a strong answer beside it with what the answer lacked, and a closing line naming the heuristic parts.
 *
 * <p>Everything that came from the candidate or a provider (answers, quotes, questions, the text built from them) is
 * escaped, so an answer such as {@code "# Score: 100"} is shown as typed and cannot add a heading or a table row.
 * Stateless and thread-safe.
 */
public final class MarkdownReportWriter {

    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

    /** The report as a Markdown document, ending with a newline. */
    public String write(InterviewReport report) {
        Objects.requireNonNull(report, "report");
        StringBuilder md = new StringBuilder();
        writeHeader(md, report);
        writeCategories(md, report);
        section(md, "Assessment");
        md.append(report.assessment().isBlank() ? "*No assessment.*" : inline(report.assessment()))
                .append("\n\n");
        section(md, "Strengths");
        bullets(md, report.strengths(), "None to report: no answer backs a strength yet.");
        section(md, "Areas to improve");
        bullets(md, report.improvements(), "None to report.");
        section(md, "Action items");
        for (int i = 0; i < report.actionItems().size(); i++) {
            md.append(i + 1)
                    .append(". ")
                    .append(inline(report.actionItems().get(i)))
                    .append('\n');
        }
        md.append('\n');
        DeliverySummary.of(report.questions()).ifPresent(summary -> writeDelivery(md, summary));
        if (report.vision() != null) {
            writeVision(md, report.vision().session());
        }
        section(md, "Questions");
        for (int i = 0; i < report.questions().size(); i++) {
            writeQuestion(
                    md,
                    i + 1,
                    report.questions().get(i),
                    answerVision(report, report.questions().get(i)));
        }
        md.append("---\n\n").append(heuristicLine(report)).append('\n');
        return md.toString();
    }

    private static void writeHeader(StringBuilder md, InterviewReport report) {
        InterviewPlan plan = report.plan();
        md.append("# Interview report: ")
                .append(inline(plan.role().displayName()))
                .append(" · ")
                .append(inline(plan.type().displayName()))
                .append(" · ")
                .append(inline(plan.level().displayName()))
                .append("\n\n");
        long mainAsked = report.questions().stream().filter(q -> !q.followUp()).count();
        md.append(DATE.format(report.generatedAt()))
                .append(" · session ")
                .append(inline(report.sessionId()))
                .append(" · ")
                .append(mainAsked)
                .append(" of ")
                .append(plan.questionCount())
                .append(" planned questions asked\n\n");
        if (report.endedEarly()) {
            md.append("**Ended early")
                    .append(
                            report.endReason() == null || report.endReason().isBlank()
                                    ? ""
                                    : ": " + inline(report.endReason()))
                    .append("**. Unanswered questions are listed but not scored.\n\n");
        }
        md.append("**Overall: ")
                .append(report.overall())
                .append("/100** · confidence in this assessment: ")
                .append(report.confidence())
                .append("/10\n\n");
    }

    private static void writeCategories(StringBuilder md, InterviewReport report) {
        section(md, "Categories");
        if (report.categories().isEmpty()) {
            md.append("*No answer was scored.*\n\n");
            return;
        }
        md.append("| Category | Score |\n| --- | ---: |\n");
        for (RubricCategory category : RubricCategory.values()) {
            Double score = report.categories().get(category);
            if (score != null) {
                md.append("| ")
                        .append(category.displayName())
                        .append(" | ")
                        .append(score(score))
                        .append("/10 |\n");
            }
        }
        md.append('\n');
    }

    private static void writeQuestion(StringBuilder md, int number, QuestionResult question, VisionSummary vision) {
        md.append("### ")
                .append(number)
                .append(question.followUp() ? ". Follow-up: " : ". ")
                .append(inline(question.question()))
                .append("\n\n");
        Evaluation evaluation = question.evaluation();
        if (evaluation == null) {
            md.append(
                            question.answer() == null
                                    ? "*Not answered: the interview ended before this question was answered.*"
                                    : "*Answered but not evaluated: the interview ended first. Not scored.*")
                    .append("\n\n");
        } else {
            md.append("**Score: ").append(score(evaluation.overall())).append("/10**");
            Map<RubricCategory, Double> categories = evaluation.categories();
            for (RubricCategory category : RubricCategory.values()) {
                if (categories.containsKey(category)) {
                    md.append(" · ").append(category.displayName()).append(' ').append(score(categories.get(category)));
                }
            }
            md.append("\n\n");
            if (!evaluation.flags().isEmpty()) {
                md.append("Flags: ").append(flags(evaluation)).append("\n\n");
            }
            if (!evaluation.covered().isEmpty()) {
                md.append("Covered: ").append(joinInline(evaluation.covered())).append("\n\n");
            }
            if (!evaluation.missed().isEmpty()) {
                md.append("Missed: ").append(joinInline(evaluation.missed())).append("\n\n");
            }
            if (!evaluation.evidence().isEmpty()) {
                md.append("Evidence:\n\n");
                for (Evidence evidence : evaluation.evidence()) {
                    md.append("- \"").append(inline(evidence.quote())).append('"');
                    if (!evidence.note().isBlank()) {
                        md.append(" (").append(inline(evidence.note())).append(')');
                    }
                    md.append('\n');
                }
                md.append('\n');
            }
        }
        if (question.answer() != null) {
            md.append("Answer:\n\n").append(answerBlock(question)).append("\n\n");
        }
        if (evaluation != null && !evaluation.modelAnswer().isEmpty() && !evaluation.clarificationRequest()) {
            md.append("A strong answer:\n\n");
            evaluation
                    .modelAnswer()
                    .forEach(line -> md.append("- ").append(inline(line)).append('\n'));
            md.append('\n');
            List<String> lacked = new java.util.ArrayList<>(evaluation.missed());
            evaluation.incorrectClaims().forEach(e -> lacked.add("a correct version of \"" + e.quote() + "\""));
            if (!lacked.isEmpty()) {
                md.append("Your answer lacked: ").append(joinInline(lacked)).append("\n\n");
            }
        }
        if (question.delivery() != null) {
            md.append("Delivery: ").append(delivery(question.delivery())).append("\n\n");
        }
        if (vision != null && !vision.observations().isEmpty()) {
            md.append("On camera: ")
                    .append(inline(String.join(" ", vision.observations())))
                    .append("\n\n");
        }
        if (evaluation != null && !evaluation.suggestion().isBlank()) {
            md.append("Suggestion: ").append(inline(evaluation.suggestion())).append("\n\n");
        }
        if (evaluation != null) {
            md.append("*Scored by: ").append(inline(evaluation.method())).append("*\n\n");
        }
    }

    private static void writeVision(StringBuilder md, VisionSummary summary) {
        section(md, "On camera");
        md.append(String.format(Locale.ROOT, "%d frames observed on this device.", summary.frames()))
                .append("\n\n");
        summary.observations()
                .forEach(line -> md.append("- ").append(inline(line)).append('\n'));
        summary.warnings()
                .forEach(line -> md.append("- To fix: ").append(inline(line)).append('\n'));
        md.append("\n*Observed facts about the picture (in frame, facing the camera, light, focus), never feelings.*"
                + "\n\n");
    }

    /** What the camera saw while the candidate gave this answer, if anything. */
    private static VisionSummary answerVision(InterviewReport report, QuestionResult question) {
        if (report.vision() == null) {
            return null;
        }
        return report.vision().answers().stream()
                .filter(answer -> answer.questionId().equals(question.questionId()))
                .map(AnswerVision::summary)
                .findFirst()
                .orElse(null);
    }

    private static void writeDelivery(StringBuilder md, DeliverySummary summary) {
        section(md, "Delivery");
        md.append(String.format(
                Locale.ROOT,
                "%s spoken: %.0f words per minute · %s · %s (%.0f%% of %d words)",
                ReportText.plural(summary.spokenAnswers(), "answer"),
                summary.wordsPerMinute(),
                summary.pauses() == 0
                        ? "no pauses"
                        : String.format(
                                Locale.ROOT,
                                "%s (%d of 2 s or more, longest %.1f s)",
                                ReportText.plural(summary.pauses(), "pause"),
                                summary.longPauses(),
                                summary.longestPauseSeconds()),
                ReportText.plural(summary.fillerWords(), "filler word"),
                summary.fillerRatio() * 100,
                summary.words()));
        if (summary.meanResponseLatencySeconds() != null) {
            md.append(String.format(
                    Locale.ROOT, " · first word after %.1f s on average", summary.meanResponseLatencySeconds()));
        }
        md.append("\n\n");
        summary.guidance().forEach(line -> md.append("- ").append(inline(line)).append('\n'));
        md.append("\n*Measured from the audio and the recogniser's word timings: how you spoke, not what you meant.*"
                + "\n\n");
    }

    /** One spoken answer's delivery on a line: pace, pauses, fillers, time to the first word, the practice label. */
    static String delivery(DeliveryMetrics d) {
        StringBuilder text = new StringBuilder(String.format(
                Locale.ROOT,
                "%.0f words per minute (%.0f without pauses) · %s · %s (%.0f%%) · %.1f s long",
                d.wordsPerMinute(),
                d.articulationRate(),
                d.pauses().count() == 0
                        ? "no pauses"
                        : String.format(
                                Locale.ROOT,
                                "%s, longest %.1f s",
                                ReportText.plural(d.pauses().count(), "pause"),
                                d.pauses().longestSeconds()),
                ReportText.plural(d.fillerWords().count(), "filler word"),
                d.fillerWords().ratio() * 100,
                d.durationSeconds()));
        if (d.responseLatencySeconds() != null) {
            text.append(String.format(Locale.ROOT, " · first word after %.1f s", d.responseLatencySeconds()));
        }
        if (d.practiceLabel() != null) {
            text.append(" · ").append(inline(d.practiceLabel())).append(" (a rough heuristic)");
        }
        return text.toString();
    }

    private static String answerBlock(QuestionResult question) {
        if (!question.answer().isBlank()) {
            return blockQuote(question.answer());
        }
        boolean skipped =
                question.evaluation() != null && question.evaluation().flags().contains(AnswerFlag.SKIPPED);
        return skipped ? "> *Skipped.*" : "> *Nothing was captured.*";
    }

    private static String heuristicLine(InterviewReport report) {
        if (report.heuristicParts().isEmpty()) {
            return "*No part of this report was produced by heuristics.*";
        }
        return "*Produced by heuristics, not a language model: " + joinInline(report.heuristicParts()) + ".*";
    }

    private static String flags(Evaluation evaluation) {
        return evaluation.flags().stream().sorted().map(AnswerFlag::label).collect(Collectors.joining(", "));
    }

    private static void section(StringBuilder md, String title) {
        md.append("## ").append(title).append("\n\n");
    }

    private static void bullets(StringBuilder md, List<String> items, String whenEmpty) {
        if (items.isEmpty()) {
            md.append('*').append(whenEmpty).append("*\n\n");
            return;
        }
        items.forEach(item -> md.append("- ").append(inline(item)).append('\n'));
        md.append('\n');
    }

    private static String joinInline(List<String> items) {
        return items.stream().map(MarkdownText::inline).collect(Collectors.joining("; "));
    }

    private static String score(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
