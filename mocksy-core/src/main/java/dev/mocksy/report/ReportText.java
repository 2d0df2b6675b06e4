package dev.mocksy.report;

import static dev.mocksy.report.ReportAnalysis.STRONG;
import static dev.mocksy.report.ReportAnalysis.score;
import static dev.mocksy.report.ReportAnalysis.shorten;

import dev.mocksy.evaluation.RubricCategory;
import dev.mocksy.report.ReportAnalysis.Scored;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Writes the strengths, the improvements and the closing assessment of a heuristic report from its analysis. */
final class ReportText {

    static final int MAX_STRENGTHS = 4;
    static final int MAX_IMPROVEMENTS = 4;

    /** Category means closer together than this are "even": no single strength or gap is named. */
    static final double EVEN_SPREAD = 0.5;

    private ReportText() {}

    /**
     * Up to four strengths, each backed by a score and, where the evaluation has one, a quote. Categories and answers
     * at or above 6/10 are strengths; when none reach it, the relatively best area and answer are named as such. Empty
     * when nothing was answered: there is nothing to back a strength with.
     */
    static List<String> strengths(ReportAnalysis analysis) {
        if (!analysis.hasAnswers()) {
            return List.of();
        }
        List<String> strengths = new ArrayList<>();
        Set<RubricCategory> named = new HashSet<>();
        Set<Integer> cited = new HashSet<>();
        for (Map.Entry<RubricCategory, Double> entry : analysis.categoriesBestFirst()) {
            if (named.size() == 2 || entry.getValue() < STRONG) {
                break;
            }
            RubricCategory category = entry.getKey();
            analysis.bestIn(category, cited).ifPresent(turn -> {
                named.add(category);
                cited.add(turn.number());
                strengths.add(category.displayName() + " was a strength: " + score(entry.getValue())
                        + "/10 on average, highest on \"" + shorten(turn.questionText(), 70) + "\" ("
                        + score(turn.evaluation().score(category)) + "/10)" + quoteClause(turn) + ".");
            });
        }
        int assessed = analysis.keyPointsAssessed();
        int covered = analysis.keyPointsCovered();
        if (covered > 0 && covered * 2 >= assessed) {
            strengths.add("You covered " + covered + " of " + assessed + " key points, including "
                    + quoted(analysis.coveredPoints(), 2) + ".");
        }
        Optional<Scored> best = analysis.bestAnswer();
        best.filter(turn -> turn.evaluation().overall() >= STRONG && !cited.contains(turn.number()))
                .ifPresent(turn -> strengths.add("Your strongest answer was to \"" + shorten(turn.questionText(), 70)
                        + "\" (" + score(turn.evaluation().overall()) + "/10)" + quoteClause(turn) + "."));
        if (strengths.size() < 2 && named.isEmpty()) {
            relativelyStrongestArea(analysis).ifPresent(strengths::add);
        }
        if (strengths.size() < 2) {
            best.filter(turn -> turn.evaluation().overall() < STRONG)
                    .ifPresent(turn -> strengths.add("Your best answer was to \"" + shorten(turn.questionText(), 70)
                            + "\" (" + score(turn.evaluation().overall()) + "/10)" + quoteClause(turn)
                            + "; build on what worked there."));
        }
        if (strengths.size() < 2 && covered > 0 && covered * 2 < assessed) {
            strengths.add("You did cover " + quoted(analysis.coveredPoints(), 2) + ".");
        }
        return strengths.stream().limit(MAX_STRENGTHS).toList();
    }

    private static Optional<String> relativelyStrongestArea(ReportAnalysis analysis) {
        return analysis.categoriesBestFirst().stream()
                .findFirst()
                .map(entry -> "Your relatively strongest area was "
                        + entry.getKey().displayName().toLowerCase(Locale.ROOT) + " (" + score(entry.getValue())
                        + "/10 on average): still below " + score(STRONG) + "/10, but the place to build from.");
    }

    /**
     * Up to four areas to improve, the costliest first: non-answers, the weakest category, skips, time-outs, the most
     * often missed key points, the interview ending early, a second weak category. At least two whenever something
     * was answered (the lowest category is named even in a strong interview, as where the next points are).
     */
    static List<String> improvements(ReportAnalysis analysis) {
        List<String> improvements = new ArrayList<>();
        if (!analysis.hasAnswers()) {
            int skipped = analysis.skipped().size();
            if (skipped > 0) {
                improvements.add("You skipped " + plural(skipped, "question") + ", every question you were asked;"
                        + " a skip scores 0.");
            }
            improvements.add("No question was answered, so there is nothing to assess yet: answer at least one"
                    + " question to get scores and feedback.");
            if (analysis.cutShort()) {
                improvements.add(endedEarlyText(analysis));
            }
            return List.copyOf(improvements);
        }
        List<Scored> nonAnswers = analysis.nonAnswers();
        if (!nonAnswers.isEmpty()) {
            Scored first = nonAnswers.get(0);
            improvements.add(
                    capitalize(plural(nonAnswers.size(), "answer")) + (nonAnswers.size() == 1 ? " was" : " were")
                            + " not an answer to the question, e.g. \"" + shorten(first.answerText(), 60) + "\" to \""
                            + shorten(first.questionText(), 60) + "\"; a non-answer scores at most 2/10.");
        }
        List<Map.Entry<RubricCategory, Double>> worstFirst = analysis.categoriesWorstFirst();
        if (!worstFirst.isEmpty()) {
            improvements.add(categoryGap(analysis, worstFirst.get(0), true));
        }
        List<Scored> skipped = analysis.skipped();
        if (!skipped.isEmpty()) {
            improvements.add("You skipped " + plural(skipped.size(), "question") + " (e.g. \""
                    + shorten(skipped.get(0).questionText(), 60) + "\"); each counts as 0 in the overall score.");
        }
        List<Scored> timedOut = analysis.timedOut();
        if (!timedOut.isEmpty()) {
            improvements.add(capitalize(plural(timedOut.size(), "answer")) + " ran out of time (e.g. \""
                    + shorten(timedOut.get(0).questionText(), 60) + "\") and " + (timedOut.size() == 1 ? "was" : "were")
                    + " scored only on what was captured.");
        }
        List<Map.Entry<String, Integer>> missed = analysis.missedPointsMostFrequentFirst();
        if (!missed.isEmpty()) {
            String points = missed.stream()
                    .limit(3)
                    .map(entry -> "\"" + shorten(entry.getKey(), 70) + "\""
                            + (entry.getValue() > 1 ? " (" + entry.getValue() + " times)" : ""))
                    .collect(Collectors.joining(", "));
            int total = missed.stream().mapToInt(Map.Entry::getValue).sum();
            improvements.add("You missed " + plural(total, "key point") + "; most often: " + points + ".");
        }
        if (analysis.cutShort()) {
            improvements.add(endedEarlyText(analysis));
        }
        if (worstFirst.size() > 1 && worstFirst.get(1).getValue() < STRONG) {
            improvements.add(categoryGap(analysis, worstFirst.get(1), false));
        }
        if (improvements.size() < 2) {
            analysis.worstAnswer()
                    .ifPresent(turn -> improvements.add("Your weakest answer was to \""
                            + shorten(turn.questionText(), 70) + "\" ("
                            + score(turn.evaluation().overall()) + "/10)"
                            + (turn.evaluation().suggestion().isBlank()
                                    ? "."
                                    : ": " + turn.evaluation().suggestion().strip())));
        }
        return improvements.stream().limit(MAX_IMPROVEMENTS).toList();
    }

    private static String categoryGap(ReportAnalysis analysis, Map.Entry<RubricCategory, Double> entry, boolean worst) {
        RubricCategory category = entry.getKey();
        String lowest = analysis.worstIn(category)
                .map(turn -> ", lowest on \"" + shorten(turn.questionText(), 70) + "\" ("
                        + score(turn.evaluation().score(category)) + "/10)")
                .orElse("");
        if (entry.getValue() >= STRONG) {
            return category.displayName() + " was your lowest-scoring area (" + score(entry.getValue())
                    + "/10 on average" + lowest.replaceFirst("^, ", "; ") + "): that is where your next points are.";
        }
        return category.displayName() + " was " + (worst ? "your weakest area" : "also weak") + " ("
                + score(entry.getValue()) + "/10 on average" + lowest.replaceFirst("^, ", "; ") + ").";
    }

    private static String endedEarlyText(ReportAnalysis analysis) {
        long unanswered = analysis.unanswered();
        return "The interview ended early" + reasonClause(analysis) + " after " + analysis.mainQuestionsAsked()
                + " of " + analysis.plannedQuestions() + " planned questions"
                + (unanswered > 0 ? ", with " + plural((int) unanswered, "question") + " left unanswered" : "")
                + "; the scores cover only what was answered.";
    }

    /**
     * Three to five sentences: the level reached against the plan's level, the biggest strength, the biggest gap, a
     * note when the interview ended early, and the next step (the first action item's headline). When nothing was
     * answered, it says there was nothing to assess.
     */
    static String assessment(ReportAnalysis analysis, List<String> actionItems) {
        String level = analysis.session().plan().level().displayName();
        List<String> sentences = new ArrayList<>();
        if (!analysis.hasAnswers()) {
            sentences.add("There was nothing to assess: no question was answered before the interview ended"
                    + reasonClause(analysis) + ".");
            int skipped = analysis.skipped().size();
            if (skipped > 0) {
                sentences.add("All " + plural(skipped, "question") + " asked " + (skipped == 1 ? "was" : "were")
                        + " skipped, and a skip scores 0.");
            }
            sentences.add("The overall score is 0/100 and the confidence 1/10, because no answer backs them.");
            sentences.add("Next step: start a new " + level + " session and answer at least one question, even"
                    + " partly, by saying how you would start.");
            return String.join(" ", sentences);
        }
        int answered =
                (int) analysis.scored().stream().filter(turn -> !turn.skipped()).count();
        sentences.add("Measured against the " + level + " bar, this "
                + analysis.session().plan().type().displayName().toLowerCase(Locale.ROOT)
                + " interview scored " + analysis.overall() + "/100 over " + plural(answered, "answered question")
                + ", which is " + band(analysis.overall()) + " the level expects.");
        List<Map.Entry<RubricCategory, Double>> bestFirst = analysis.categoriesBestFirst();
        if (!bestFirst.isEmpty()) {
            Map.Entry<RubricCategory, Double> best = bestFirst.get(0);
            Map.Entry<RubricCategory, Double> worst = bestFirst.get(bestFirst.size() - 1);
            boolean even = best.getValue() - worst.getValue() < EVEN_SPREAD;
            if (even) {
                sentences.add("Your scores were even across the rubric, at about " + score(best.getValue())
                        + "/10, so no single area stood out.");
            } else if (best.getValue() >= STRONG) {
                sentences.add("Your biggest strength was " + name(best) + " (" + score(best.getValue()) + "/10).");
            } else {
                sentences.add("No area reached " + score(STRONG) + "/10; your relatively best was " + name(best) + " ("
                        + score(best.getValue()) + "/10).");
            }
            int notAnswers = analysis.nonAnswers().size() + analysis.skipped().size();
            int missed = analysis.keyPointsAssessed() - analysis.keyPointsCovered();
            if (notAnswers * 2 >= analysis.scored().size()) {
                sentences.add("The biggest gap was answering at all: " + notAnswers + " of "
                        + analysis.scored().size() + " questions got a skip or a non-answer.");
            } else if (!even) {
                sentences.add("The biggest gap was " + name(worst) + " (" + score(worst.getValue()) + "/10).");
            } else if (missed > 0) {
                sentences.add("The biggest gap was coverage: your answers missed " + plural(missed, "key point") + ".");
            } else if (best.getValue() < STRONG) {
                sentences.add("The gap was across the board: every area scored below " + score(STRONG) + "/10.");
            } else {
                sentences.add("No gap stood out in these answers; harder questions will show where the next one is.");
            }
        }
        if (bestFirst.isEmpty()) {
            sentences.add("The evaluations gave no category scores, so there is no strongest or weakest area to"
                    + " name; the per-question scores below are the whole picture.");
        }
        if (analysis.cutShort()) {
            sentences.add("The interview ended early" + reasonClause(analysis) + " after "
                    + analysis.mainQuestionsAsked() + " of " + analysis.plannedQuestions()
                    + " planned questions, so this is a partial picture.");
        }
        if (!actionItems.isEmpty()) {
            sentences.add("Next step: " + headline(actionItems.get(0)) + ".");
        }
        return String.join(" ", sentences);
    }

    private static String band(int overall) {
        if (overall >= 80) {
            return "above what";
        } else if (overall >= 65) {
            return "about what";
        } else if (overall >= 45) {
            return "below what";
        }
        return "well below what";
    }

    private static String name(Map.Entry<RubricCategory, Double> entry) {
        return entry.getKey().displayName().toLowerCase(Locale.ROOT);
    }

    /** An action item's headline (the part before its colon), starting lower case, to follow "Next step: ". */
    static String headline(String actionItem) {
        int colon = actionItem.indexOf(':');
        String head = colon > 0 ? actionItem.substring(0, colon) : actionItem.replaceAll("[.!?]+$", "");
        return Character.toLowerCase(head.charAt(0)) + head.substring(1);
    }

    private static String reasonClause(ReportAnalysis analysis) {
        return analysis.session()
                .endReason()
                .map(reason -> reason.strip().replaceAll("[.!?\\s]+$", ""))
                .filter(reason -> !reason.isEmpty())
                .map(reason -> " (" + shorten(reason, 60) + ")")
                .orElse("");
    }

    private static String quoteClause(Scored turn) {
        return turn.firstQuote()
                .map(quote -> ", where you said \"" + shorten(quote, 100) + "\"")
                .orElse("");
    }

    private static String quoted(List<String> items, int limit) {
        return items.stream()
                .limit(limit)
                .map(item -> "\"" + shorten(item, 70) + "\"")
                .collect(Collectors.joining(" and "));
    }

    static String plural(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }

    private static String capitalize(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
