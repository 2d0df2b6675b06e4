package dev.mocksy.report;

import dev.mocksy.evaluation.AnswerFlag;
import dev.mocksy.evaluation.Evaluation;
import dev.mocksy.evaluation.Evidence;
import dev.mocksy.evaluation.RubricCategory;
import dev.mocksy.interview.InterviewPlan;
import dev.mocksy.interview.Note;
import dev.mocksy.question.KeyPoint;
import dev.mocksy.question.Question;
import dev.mocksy.report.layout.Block;
import dev.mocksy.report.layout.Block.Bullets;
import dev.mocksy.report.layout.Block.Figure;
import dev.mocksy.report.layout.Block.Heading;
import dev.mocksy.report.layout.Block.Paragraph;
import dev.mocksy.report.layout.Block.SideBySide;
import dev.mocksy.report.layout.Block.Table;
import dev.mocksy.report.layout.Block.Tone;
import dev.mocksy.report.layout.Charts;
import dev.mocksy.report.layout.ReportLayout;
import dev.mocksy.speech.DeliveryMetrics;
import dev.mocksy.vision.AnswerVision;
import dev.mocksy.vision.VisionSummary;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Lays a report out once for HTML and PDF: the same sections as the Markdown report, plus the three charts, each
 * question's model answer beside the candidate's, and the candidate's notes and bookmarks.
 */
final class ReportLayoutBuilder {

    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private final ReportContent content;
    private final InterviewReport report;
    private final List<Block> blocks = new ArrayList<>();

    ReportLayoutBuilder(ReportContent content) {
        this.content = content;
        this.report = content.report();
    }

    ReportLayout build() {
        InterviewPlan plan = report.plan();
        String title = "Interview report: " + plan.role().displayName() + " · "
                + plan.type().displayName() + " · " + plan.level().displayName();
        long mainAsked = report.questions().stream().filter(q -> !q.followUp()).count();
        String subtitle = DATE.format(report.generatedAt()) + " · session " + report.sessionId() + " · " + mainAsked
                + " of " + plan.questionCount() + " planned questions asked";
        if (report.endedEarly()) {
            blocks.add(new Paragraph(
                    "Ended early"
                            + (report.endReason() == null || report.endReason().isBlank()
                                    ? ""
                                    : ": " + report.endReason())
                            + ". Unanswered questions are listed but not scored.",
                    Tone.WARNING));
        }
        blocks.add(new Paragraph(
                "Overall: " + report.overall() + "/100 · confidence in this assessment: " + report.confidence() + "/10",
                Tone.STRONG));
        categories();
        Charts.questionBars(report.questions()).ifPresent(chart -> blocks.add(new Figure(chart)));
        progress();
        blocks.add(new Heading(2, "Assessment"));
        blocks.add(new Paragraph(report.assessment().isBlank() ? "No assessment." : report.assessment(), Tone.NORMAL));
        list("Strengths", report.strengths(), false, "None to report: no answer backs a strength yet.");
        list("Areas to improve", report.improvements(), false, "None to report.");
        list("Action items", report.actionItems(), true, "None.");
        DeliverySummary.of(report.questions()).ifPresent(this::delivery);
        if (report.vision() != null) {
            vision(report.vision().session());
        }
        blocks.add(new Heading(2, "Questions"));
        List<String> labels = Charts.labels(report.questions());
        for (int i = 0; i < report.questions().size(); i++) {
            question(labels.get(i), report.questions().get(i));
        }
        List<Note> sessionNotes =
                content.notes().stream().filter(Note::onSession).toList();
        if (!sessionNotes.isEmpty()) {
            blocks.add(new Heading(2, "Your notes"));
            blocks.add(new Bullets(null, sessionNotes.stream().map(Note::text).toList(), false));
        }
        blocks.add(new Paragraph(heuristicLine(), Tone.MUTED));
        return new ReportLayout(title, subtitle, blocks);
    }

    private void categories() {
        blocks.add(new Heading(2, "Categories"));
        if (report.categories().isEmpty()) {
            blocks.add(new Paragraph("No answer was scored.", Tone.MUTED));
            return;
        }
        Charts.radar(report.categories()).ifPresent(chart -> blocks.add(new Figure(chart)));
        List<List<String>> rows = new ArrayList<>();
        for (RubricCategory category : RubricCategory.values()) {
            Double score = report.categories().get(category);
            if (score != null) {
                rows.add(List.of(category.displayName(), ReportAnalysis.score(score) + "/10"));
            }
        }
        blocks.add(new Table(List.of("Category", "Score"), rows));
    }

    private void progress() {
        if (content.progress().isEmpty()) {
            return;
        }
        blocks.add(new Heading(2, "Progress"));
        Charts.progress(content.progress(), report.sessionId()).ifPresent(chart -> blocks.add(new Figure(chart)));
        List<ProgressPoint> points = content.progress();
        int index = -1;
        for (int i = 0; i < points.size(); i++) {
            if (points.get(i).sessionId().equals(report.sessionId())) {
                index = i;
            }
        }
        if (index > 0) {
            int change = points.get(index).overall() - points.get(index - 1).overall();
            blocks.add(new Paragraph(
                    (change == 0
                                    ? "The same overall score as"
                                    : (change > 0 ? "Up " : "Down ") + Math.abs(change) + " points on")
                            + " the session before (" + points.get(index - 1).overall() + "/100), over "
                            + ReportText.plural(points.size(), "scored session") + ".",
                    Tone.NORMAL));
        } else if (index == 0 && points.size() == 1) {
            blocks.add(new Paragraph("Your first scored session: the next ones will show your trend.", Tone.MUTED));
        }
    }

    private void list(String title, List<String> items, boolean numbered, String whenEmpty) {
        blocks.add(new Heading(2, title));
        if (items.isEmpty()) {
            blocks.add(new Paragraph(whenEmpty, Tone.MUTED));
        } else {
            blocks.add(new Bullets(null, items, numbered));
        }
    }

    private void delivery(DeliverySummary summary) {
        blocks.add(new Heading(2, "Delivery"));
        StringBuilder line = new StringBuilder(String.format(
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
            line.append(String.format(
                    Locale.ROOT, " · first word after %.1f s on average", summary.meanResponseLatencySeconds()));
        }
        blocks.add(new Paragraph(line.toString(), Tone.NORMAL));
        blocks.add(new Bullets(null, summary.guidance(), false));
        blocks.add(new Paragraph(
                "Measured from the audio and the recogniser's word timings: how you spoke, not what you meant.",
                Tone.MUTED));
    }

    private void vision(VisionSummary summary) {
        blocks.add(new Heading(2, "On camera"));
        blocks.add(new Paragraph(summary.frames() + " frames observed on this device.", Tone.NORMAL));
        List<String> lines = new ArrayList<>(summary.observations());
        summary.warnings().forEach(warning -> lines.add("To fix: " + warning));
        if (!lines.isEmpty()) {
            blocks.add(new Bullets(null, lines, false));
        }
        blocks.add(new Paragraph(
                "Observed facts about the picture (in frame, facing the camera, light, focus), never feelings.",
                Tone.MUTED));
    }

    private void question(String label, QuestionResult result) {
        boolean bookmarked = content.bookmarks().contains(result.questionId());
        blocks.add(new Heading(
                3,
                label
                        + (result.followUp() ? ". Follow-up: " : ". ")
                        + result.question()
                        + (bookmarked ? " (bookmarked)" : "")));
        Evaluation evaluation = result.evaluation();
        if (evaluation == null) {
            blocks.add(new Paragraph(
                    result.answer() == null
                            ? "Not answered: the interview ended before this question was answered."
                            : "Answered but not evaluated: the interview ended first. Not scored.",
                    Tone.MUTED));
        } else {
            StringBuilder scores = new StringBuilder("Score: " + ReportAnalysis.score(evaluation.overall()) + "/10");
            for (RubricCategory category : RubricCategory.values()) {
                Double score = evaluation.categories().get(category);
                if (score != null) {
                    scores.append(" · ")
                            .append(category.displayName())
                            .append(' ')
                            .append(ReportAnalysis.score(score));
                }
            }
            blocks.add(new Paragraph(scores.toString(), Tone.STRONG));
            if (!evaluation.flags().isEmpty()) {
                blocks.add(new Paragraph("Flags: " + flags(evaluation), Tone.WARNING));
            }
            if (!evaluation.evidence().isEmpty()) {
                blocks.add(new Bullets(
                        "Evidence",
                        evaluation.evidence().stream()
                                .map(ReportLayoutBuilder::evidence)
                                .toList(),
                        false));
            }
            if (!evaluation.covered().isEmpty()) {
                blocks.add(new Bullets("Covered", evaluation.covered(), false));
            }
            if (!evaluation.missed().isEmpty()) {
                blocks.add(new Bullets("Missed", evaluation.missed(), false));
            }
        }
        answer(result);
        if (result.delivery() != null) {
            blocks.add(new Paragraph("Delivery: " + delivery(result.delivery()), Tone.NORMAL));
        }
        VisionSummary vision = answerVision(result);
        if (vision != null && !vision.observations().isEmpty()) {
            blocks.add(new Paragraph("On camera: " + String.join(" ", vision.observations()), Tone.NORMAL));
        }
        if (evaluation != null && !evaluation.suggestion().isBlank()) {
            blocks.add(new Paragraph("Suggestion: " + evaluation.suggestion(), Tone.NORMAL));
        }
        List<String> notes = content.notes().stream()
                .filter(note -> result.questionId().equals(note.questionId()))
                .map(Note::text)
                .toList();
        if (!notes.isEmpty()) {
            blocks.add(new Bullets("Your notes", notes, false));
        }
        if (evaluation != null) {
            blocks.add(new Paragraph("Scored by: " + evaluation.method(), Tone.MUTED));
        }
    }

    /** The transcript, beside the model answer (or the key points) of the question as asked. */
    private void answer(QuestionResult result) {
        if (result.answer() == null) {
            return;
        }
        String answer;
        if (!result.answer().isBlank()) {
            answer = result.answer();
        } else {
            boolean skipped =
                    result.evaluation() != null && result.evaluation().flags().contains(AnswerFlag.SKIPPED);
            answer = skipped ? "(Skipped.)" : "(Nothing was captured.)";
        }
        Question question = content.questions().get(result.questionId());
        if (question != null && !question.modelAnswer().isEmpty()) {
            blocks.add(new SideBySide("Your answer", answer, "A strong answer", question.modelAnswer()));
        } else if (question != null && !question.keyPoints().isEmpty()) {
            blocks.add(new SideBySide(
                    "Your answer",
                    answer,
                    "A strong answer covers",
                    question.keyPoints().stream().map(KeyPoint::point).toList()));
        } else {
            blocks.add(new SideBySide("Your answer", answer, "A strong answer", List.of()));
        }
    }

    private VisionSummary answerVision(QuestionResult question) {
        if (report.vision() == null) {
            return null;
        }
        return report.vision().answers().stream()
                .filter(answer -> answer.questionId().equals(question.questionId()))
                .map(AnswerVision::summary)
                .findFirst()
                .orElse(null);
    }

    private static String evidence(Evidence evidence) {
        return "\"" + evidence.quote() + "\"" + (evidence.note().isBlank() ? "" : " (" + evidence.note() + ")");
    }

    private static String delivery(DeliveryMetrics d) {
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
            text.append(" · ").append(d.practiceLabel()).append(" (a rough heuristic)");
        }
        return text.toString();
    }

    private String heuristicLine() {
        if (report.heuristicParts().isEmpty()) {
            return "No part of this report was produced by heuristics.";
        }
        return "Produced by heuristics, not a language model: " + String.join(", ", report.heuristicParts()) + ".";
    }

    private static String flags(Evaluation evaluation) {
        return evaluation.flags().stream()
                .sorted()
                .map(AnswerFlag::name)
                .map(name -> name.equals("NON_ANSWER")
                        ? "non-answer"
                        : name.toLowerCase(Locale.ROOT).replace('_', ' '))
                .collect(Collectors.joining(", "));
    }
}
