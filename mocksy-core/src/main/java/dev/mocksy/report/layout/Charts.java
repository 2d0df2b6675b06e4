package dev.mocksy.report.layout;

import dev.mocksy.evaluation.RubricCategory;
import dev.mocksy.report.ProgressPoint;
import dev.mocksy.report.QuestionResult;
import dev.mocksy.report.layout.Shape.Anchor;
import dev.mocksy.report.layout.Shape.Circle;
import dev.mocksy.report.layout.Shape.Line;
import dev.mocksy.report.layout.Shape.Path;
import dev.mocksy.report.layout.Shape.Rect;
import dev.mocksy.report.layout.Shape.Text;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The report's three charts: the categories as a radar, a bar per question, the overall score across sessions. */
public final class Charts {

    /** Charts are laid out for a content width of this many units (an A4 page with margins, in points). */
    public static final double WIDTH = 500;

    private static final Map<RubricCategory, String> SHORT_NAMES = new EnumMap<>(RubricCategory.class);
    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("MMM d", Locale.ROOT).withZone(ZoneOffset.UTC);

    static {
        SHORT_NAMES.put(RubricCategory.TECHNICAL_CORRECTNESS, "Correctness");
        SHORT_NAMES.put(RubricCategory.PROBLEM_SOLVING, "Problem solving");
        SHORT_NAMES.put(RubricCategory.COMMUNICATION, "Communication");
        SHORT_NAMES.put(RubricCategory.DEPTH_AND_COMPLETENESS, "Depth");
        SHORT_NAMES.put(RubricCategory.CONFIDENCE_AND_CLARITY, "Clarity");
    }

    private Charts() {}

    /** The category scores (0-10) on a radar; empty with fewer than three categories, which make no area. */
    public static Optional<Chart> radar(Map<RubricCategory, Double> categories) {
        List<RubricCategory> axes = new ArrayList<>();
        for (RubricCategory category : RubricCategory.values()) {
            if (categories.containsKey(category)) {
                axes.add(category);
            }
        }
        if (axes.size() < 3) {
            return Optional.empty();
        }
        double width = WIDTH;
        double height = 250;
        Point centre = new Point(width / 2, 130);
        double radius = 95;
        List<Shape> shapes = new ArrayList<>();
        for (int ring = 2; ring <= 10; ring += 2) {
            shapes.add(new Path(polygon(centre, radius * ring / 10, axes.size()), true, Ink.GRID, null, 0.8));
        }
        List<Point> scores = new ArrayList<>();
        StringBuilder description = new StringBuilder("Category scores out of 10: ");
        for (int i = 0; i < axes.size(); i++) {
            RubricCategory category = axes.get(i);
            double angle = angle(i, axes.size());
            Point end = at(centre, radius, angle);
            shapes.add(new Line(centre, end, Ink.AXIS, 0.8));
            double score = categories.get(category);
            scores.add(at(centre, radius * score / 10, angle));
            Point label = at(centre, radius + 14, angle);
            Anchor anchor = Math.abs(label.x() - centre.x()) < 4
                    ? Anchor.MIDDLE
                    : label.x() > centre.x() ? Anchor.START : Anchor.END;
            double dy = label.y() < centre.y() - radius / 2 ? -2 : label.y() > centre.y() + radius / 2 ? 10 : 4;
            shapes.add(new Text(
                    new Point(label.x(), label.y() + dy),
                    SHORT_NAMES.get(category) + " " + format(score),
                    anchor,
                    10,
                    Ink.TEXT,
                    false));
            description
                    .append(category.displayName())
                    .append(' ')
                    .append(format(score))
                    .append(i < axes.size() - 1 ? ", " : ".");
        }
        shapes.add(new Path(scores, true, Ink.SCORE, Ink.SCORE_FILL, 2));
        for (Point point : scores) {
            shapes.add(new Circle(point, 3, Ink.SCORE));
        }
        return Optional.of(new Chart(width, height, "Scores by category", description.toString(), shapes));
    }

    /** Each question's overall score (0-10) as a bar, follow-ups labelled {@code 2a}; empty with no question. */
    public static Optional<Chart> questionBars(List<QuestionResult> questions) {
        if (questions.isEmpty()) {
            return Optional.empty();
        }
        double width = WIDTH;
        double height = 200;
        double left = 34;
        double top = 16;
        double bottom = 170;
        double plotWidth = width - left - 10;
        List<Shape> shapes = new ArrayList<>();
        for (int tick = 0; tick <= 10; tick += 5) {
            double y = bottom - (bottom - top) * tick / 10;
            shapes.add(new Line(new Point(left, y), new Point(width - 10, y), Ink.GRID, 0.8));
            shapes.add(new Text(new Point(left - 6, y + 3), Integer.toString(tick), Anchor.END, 9, Ink.MUTED, false));
        }
        double slot = plotWidth / questions.size();
        double barWidth = Math.min(40, slot * 0.6);
        List<String> labels = labels(questions);
        StringBuilder description = new StringBuilder("Score out of 10 per question: ");
        for (int i = 0; i < questions.size(); i++) {
            QuestionResult question = questions.get(i);
            double x = left + slot * i + (slot - barWidth) / 2;
            double centreX = x + barWidth / 2;
            String label = labels.get(i);
            if (question.evaluation() == null) {
                shapes.add(new Rect(x, bottom - 2, barWidth, 2, Ink.NOT_SCORED));
                shapes.add(new Text(new Point(centreX, bottom - 6), "n/a", Anchor.MIDDLE, 9, Ink.MUTED, false));
                description.append(label).append(" not scored");
            } else {
                double score = question.evaluation().overall();
                double barHeight = Math.max(1, (bottom - top) * score / 10);
                shapes.add(new Rect(x, bottom - barHeight, barWidth, barHeight, Ink.forScore(score)));
                shapes.add(new Text(
                        new Point(centreX, bottom - barHeight - 4), format(score), Anchor.MIDDLE, 9, Ink.TEXT, true));
                description.append(label).append(' ').append(format(score));
            }
            description.append(i < questions.size() - 1 ? ", " : ".");
            shapes.add(new Text(new Point(centreX, bottom + 14), label, Anchor.MIDDLE, 9, Ink.TEXT, false));
        }
        shapes.add(new Line(new Point(left, bottom), new Point(width - 10, bottom), Ink.AXIS, 1));
        return Optional.of(new Chart(width, height, "Score per question", description.toString(), shapes));
    }

    /**
     * The overall score (0-100) of each session, oldest first, with {@code currentSessionId} marked; empty with no
     * point.
     */
    public static Optional<Chart> progress(List<ProgressPoint> points, String currentSessionId) {
        if (points.isEmpty()) {
            return Optional.empty();
        }
        double width = WIDTH;
        double height = 190;
        double left = 34;
        double right = width - 20;
        double top = 18;
        double bottom = 150;
        List<Shape> shapes = new ArrayList<>();
        for (int tick = 0; tick <= 100; tick += 25) {
            double y = bottom - (bottom - top) * tick / 100;
            shapes.add(new Line(new Point(left, y), new Point(right, y), Ink.GRID, 0.8));
            shapes.add(new Text(new Point(left - 6, y + 3), Integer.toString(tick), Anchor.END, 9, Ink.MUTED, false));
        }
        List<Point> line = new ArrayList<>();
        double step = points.size() == 1 ? 0 : (right - left - 30) / (points.size() - 1);
        StringBuilder description = new StringBuilder("Overall score out of 100 per session: ");
        for (int i = 0; i < points.size(); i++) {
            ProgressPoint point = points.get(i);
            double x = points.size() == 1 ? (left + right) / 2 : left + 15 + step * i;
            double y = bottom - (bottom - top) * point.overall() / 100;
            line.add(new Point(x, y));
            description
                    .append(DAY.format(point.at()))
                    .append(' ')
                    .append(point.overall())
                    .append(i < points.size() - 1 ? ", " : ".");
        }
        if (line.size() > 1) {
            shapes.add(new Path(line, false, Ink.SCORE, null, 2));
        }
        for (int i = 0; i < points.size(); i++) {
            ProgressPoint point = points.get(i);
            Point at = line.get(i);
            boolean current = point.sessionId().equals(currentSessionId);
            shapes.add(new Circle(at, current ? 5 : 3.5, current ? Ink.TEXT : Ink.SCORE));
            shapes.add(new Text(
                    new Point(at.x(), at.y() - 8),
                    Integer.toString(point.overall()),
                    Anchor.MIDDLE,
                    9,
                    Ink.TEXT,
                    current));
            if (points.size() <= 12 || i % ((points.size() + 11) / 12) == 0 || current) {
                shapes.add(new Text(
                        new Point(at.x(), bottom + 14), DAY.format(point.at()), Anchor.MIDDLE, 9, Ink.MUTED, current));
            }
        }
        shapes.add(new Line(new Point(left, bottom), new Point(right, bottom), Ink.AXIS, 1));
        return Optional.of(new Chart(width, height, "Progress across sessions", description.toString(), shapes));
    }

    /** The questions' labels: main questions 1, 2, 3...; follow-ups the main number and a letter, e.g. 2a. */
    public static List<String> labels(List<QuestionResult> questions) {
        List<String> labels = new ArrayList<>();
        int main = 0;
        int followUp = 0;
        for (QuestionResult question : questions) {
            if (question.followUp() && main > 0) {
                labels.add(main + String.valueOf((char) ('a' + Math.min(followUp++, 25))));
            } else {
                main++;
                followUp = 0;
                labels.add(Integer.toString(main));
            }
        }
        return labels;
    }

    private static List<Point> polygon(Point centre, double radius, int corners) {
        List<Point> points = new ArrayList<>();
        for (int i = 0; i < corners; i++) {
            points.add(at(centre, radius, angle(i, corners)));
        }
        return points;
    }

    /** The first axis points straight up; the others follow clockwise. */
    private static double angle(int index, int count) {
        return -Math.PI / 2 + 2 * Math.PI * index / count;
    }

    private static Point at(Point centre, double radius, double angle) {
        return new Point(centre.x() + radius * Math.cos(angle), centre.y() + radius * Math.sin(angle));
    }

    static String format(double score) {
        return score == Math.rint(score) ? Integer.toString((int) score) : String.format(Locale.ROOT, "%.1f", score);
    }
}
