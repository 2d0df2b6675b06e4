package dev.mocksy.report;

import static dev.mocksy.report.ReportAnalysis.score;
import static dev.mocksy.report.ReportAnalysis.shorten;

import dev.mocksy.evaluation.RubricCategory;
import dev.mocksy.interview.Difficulty;
import dev.mocksy.interview.InterviewMode;
import dev.mocksy.interview.InterviewType;
import dev.mocksy.interview.Level;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

/**
 * The rule table that turns the weaknesses of an interview into 3-5 concrete action items.
 *
 * <p>Each rule that applies contributes one item, most urgent first: non-answers, skips and time-outs, then an early
 * end, then the rules of the weak categories from the lowest mean up; at most {@value #MAX}. When fewer than
 * {@value #MIN} apply (a strong interview), fillers that stretch the candidate (a harder level, the lowest area, the
 * realistic mode) make up the rest. Every item names something to do, never a platitude, and reads
 * {@code "Headline: details"} so the assessment can quote its headline as the next step.
 */
final class ActionItemRules {

    static final int MIN = 3;
    static final int MAX = 5;

    /**
     * One row of the table.
     *
     * @param name what the rule reacts to
     * @param urgency orders the items that apply, lowest first: 0 for what cost the most (non-answers, skips,
     *     time-outs), the category mean behind the rule for a weak category, so the weakest area comes first
     * @param item the item's text when the rule applies, else empty
     */
    private record Rule(
            String name, ToDoubleFunction<ReportAnalysis> urgency, Function<ReportAnalysis, Optional<String>> item) {}

    private static final List<Rule> WEAKNESS_RULES = List.of(
            new Rule("non-answers", analysis -> 0, ActionItemRules::nonAnswers),
            new Rule("skipped", analysis -> 0, ActionItemRules::skipped),
            new Rule("timed out", analysis -> 0, ActionItemRules::timedOut),
            new Rule("ended early", analysis -> 0.5, ActionItemRules::endedEarly),
            new Rule("behavioral structure", ActionItemRules::behavioralUrgency, ActionItemRules::star),
            new Rule(
                    "specificity",
                    analysis -> mean(analysis, RubricCategory.DEPTH_AND_COMPLETENESS),
                    ActionItemRules::specificity),
            new Rule(
                    "trade-offs",
                    analysis -> mean(analysis, RubricCategory.PROBLEM_SOLVING),
                    ActionItemRules::tradeOffs),
            new Rule("missed key points", ActionItemRules::coverageUrgency, ActionItemRules::missedPoints),
            new Rule(
                    "technical correctness",
                    analysis -> mean(analysis, RubricCategory.TECHNICAL_CORRECTNESS),
                    ActionItemRules::technical),
            new Rule(
                    "problem solving",
                    analysis -> mean(analysis, RubricCategory.PROBLEM_SOLVING),
                    ActionItemRules::problemSolving),
            new Rule(
                    "communication",
                    analysis -> mean(analysis, RubricCategory.COMMUNICATION),
                    ActionItemRules::communication),
            new Rule(
                    "clarity",
                    analysis -> mean(analysis, RubricCategory.CONFIDENCE_AND_CLARITY),
                    ActionItemRules::clarity));

    /** Tried in this order when fewer than {@value #MIN} weaknesses apply; their urgency is not used. */
    private static final List<Rule> FILLERS = List.of(
            new Rule("next level", analysis -> 0, ActionItemRules::nextLevel),
            new Rule("lowest area", analysis -> 0, ActionItemRules::lowestArea),
            new Rule("harder questions", analysis -> 0, ActionItemRules::harder),
            new Rule("realistic mode", analysis -> 0, ActionItemRules::realistic),
            new Rule("rewrite weakest answer", analysis -> 0, ActionItemRules::rewriteWeakest),
            new Rule("story bank", analysis -> 0, ActionItemRules::storyBank));

    private static final List<String> NOTHING_ANSWERED = List.of(
            "Start a new session and answer the first question even if you are unsure: in three or four sentences,"
                    + " say how you would start and what you would check first.",
            "Choose a short plan for your next session (3 questions, easy difficulty) so that you reach the report"
                    + " with every question answered.",
            "Before that session, write down two stories from your own work in STAR form (situation, task, your"
                    + " actions, a measurable result); they fit most behavioral questions.");

    private static final Map<RubricCategory, String> CATEGORY_TIPS = Map.of(
            RubricCategory.TECHNICAL_CORRECTNESS, "check every claim in it against the documentation",
            RubricCategory.PROBLEM_SOLVING, "state your assumptions and one alternative approach before your choice",
            RubricCategory.COMMUNICATION, "open it with a one-sentence conclusion",
            RubricCategory.DEPTH_AND_COMPLETENESS, "add one edge case and one measurable result",
            RubricCategory.CONFIDENCE_AND_CLARITY, "remove every hedge and filler word");

    private ActionItemRules() {}

    /** Between {@value #MIN} and {@value #MAX} action items, the most pressing first. */
    static List<String> actionItems(ReportAnalysis analysis) {
        Set<String> items = new LinkedHashSet<>();
        if (!analysis.hasAnswers()) {
            skipped(analysis).ifPresent(items::add);
            items.addAll(NOTHING_ANSWERED);
            return items.stream().limit(MAX).toList();
        }
        // A stable sort: rules of equal urgency keep the table's order.
        WEAKNESS_RULES.stream()
                .sorted(Comparator.comparingDouble(rule -> rule.urgency().applyAsDouble(analysis)))
                .map(rule -> rule.item().apply(analysis))
                .flatMap(Optional::stream)
                .limit(MAX)
                .forEach(items::add);
        for (Rule rule : FILLERS) {
            if (items.size() >= MIN) {
                break;
            }
            rule.item().apply(analysis).ifPresent(items::add);
        }
        return List.copyOf(items);
    }

    private static double mean(ReportAnalysis analysis, RubricCategory category) {
        return analysis.categories().getOrDefault(category, 10.0);
    }

    private static double behavioralUrgency(ReportAnalysis analysis) {
        return Math.min(
                analysis.categoryMean(RubricCategory.COMMUNICATION, ActionItemRules::answeredBehavioral)
                        .orElse(10.0),
                analysis.categoryMean(RubricCategory.DEPTH_AND_COMPLETENESS, ActionItemRules::answeredBehavioral)
                        .orElse(10.0));
    }

    private static boolean answeredBehavioral(ReportAnalysis.Scored turn) {
        return !turn.skipped() && turn.type() == InterviewType.BEHAVIORAL;
    }

    /** The share of key points covered, on the 0-10 scale of the categories. */
    private static double coverageUrgency(ReportAnalysis analysis) {
        int assessed = analysis.keyPointsAssessed();
        return assessed == 0 ? 10.0 : 10.0 * analysis.keyPointsCovered() / assessed;
    }

    private static Optional<String> nonAnswers(ReportAnalysis analysis) {
        int count = analysis.nonAnswers().size();
        if (count == 0) {
            return Optional.empty();
        }
        return Optional.of("When you do not know an answer, say how you would start: name the first thing you would"
                + " check or the closest problem you have solved, then reason aloud for a minute. "
                + count + (count == 1 ? " answer" : " answers")
                + " scored as a non-answer here, and a partial answer never scores that low.");
    }

    private static Optional<String> skipped(ReportAnalysis analysis) {
        int count = analysis.skipped().size();
        if (count == 0) {
            return Optional.empty();
        }
        return Optional.of("Before skipping, give a 30-second partial answer: restate the problem, name one approach"
                + " and one risk. You skipped " + count + (count == 1 ? " question" : " questions")
                + ", and each skip scores 0.");
    }

    private static Optional<String> timedOut(ReportAnalysis analysis) {
        int count = analysis.timedOut().size();
        if (count == 0) {
            return Optional.empty();
        }
        return Optional.of("Practise 2-minute answers with a timer: the answer in one sentence, one example, one"
                + " result, then stop. " + count + (count == 1 ? " answer" : " answers")
                + (count == 1 ? " ran out of time and was" : " ran out of time and were")
                + " scored on what was captured.");
    }

    private static Optional<String> star(ReportAnalysis analysis) {
        if (behavioralUrgency(analysis) >= ReportAnalysis.STRONG) {
            return Optional.empty();
        }
        return Optional.of("Structure behavioral answers with STAR: the situation in one sentence, your task, the"
                + " actions you took yourself (say \"I\", not \"we\"), and a measurable result. Write out two of"
                + " your stories this way before the next session.");
    }

    private static Optional<String> specificity(ReportAnalysis analysis) {
        if (!analysis.below(RubricCategory.DEPTH_AND_COMPLETENESS) && !analysis.answersLackNumbers()) {
            return Optional.empty();
        }
        String why = analysis.answersLackNumbers()
                ? "none of your answers contained a number"
                : "depth and completeness averaged "
                        + score(analysis.categories().get(RubricCategory.DEPTH_AND_COMPLETENESS)) + "/10";
        return Optional.of("Quantify your results: give every example one number (latency in ms, error rate,"
                + " users, hours saved) and name the exact tool you used; " + why + ".");
    }

    private static Optional<String> tradeOffs(ReportAnalysis analysis) {
        if (!analysis.missedTradeOffs()) {
            return Optional.empty();
        }
        return Optional.of("Practise comparing two options out loud: for three decisions from these questions, say"
                + " when you would choose each option and what it costs (speed, money, complexity, risk).");
    }

    private static Optional<String> missedPoints(ReportAnalysis analysis) {
        List<Map.Entry<String, Integer>> missed = analysis.missedPointsMostFrequentFirst();
        if (missed.isEmpty()) {
            return Optional.empty();
        }
        String points = missed.stream()
                .limit(3)
                .map(entry -> "\"" + shorten(entry.getKey(), 80) + "\"")
                .collect(Collectors.joining(", "));
        return Optional.of(
                "Explain each point you missed aloud in two sentences, then use it in a new answer: " + points + ".");
    }

    private static Optional<String> technical(ReportAnalysis analysis) {
        if (!analysis.below(RubricCategory.TECHNICAL_CORRECTNESS)) {
            return Optional.empty();
        }
        return analysis.worstIn(RubricCategory.TECHNICAL_CORRECTNESS)
                .filter(turn -> turn.type() != InterviewType.BEHAVIORAL)
                .map(turn -> "Revise the fundamentals you scored lowest on: write a correct answer to \""
                        + shorten(turn.questionText(), 80) + "\" from memory, check it against the documentation,"
                        + " and note what you had wrong.");
    }

    private static Optional<String> problemSolving(ReportAnalysis analysis) {
        if (!analysis.below(RubricCategory.PROBLEM_SOLVING)) {
            return Optional.empty();
        }
        return Optional.of("Think aloud on problem questions: state your assumptions, propose a first simple"
                + " approach, then improve it step by step; problem solving averaged "
                + score(analysis.categories().get(RubricCategory.PROBLEM_SOLVING)) + "/10.");
    }

    private static Optional<String> communication(ReportAnalysis analysis) {
        Optional<Double> mean = analysis.categoryMean(
                RubricCategory.COMMUNICATION, turn -> !turn.skipped() && turn.type() != InterviewType.BEHAVIORAL);
        if (mean.isEmpty() || mean.get() >= ReportAnalysis.STRONG) {
            return Optional.empty();
        }
        return Optional.of("Lead with the answer: open with a one-sentence conclusion, then give two supporting"
                + " points and one example, in that order.");
    }

    private static Optional<String> clarity(ReportAnalysis analysis) {
        if (!analysis.below(RubricCategory.CONFIDENCE_AND_CLARITY)) {
            return Optional.empty();
        }
        return Optional.of("Cut filler words and hedges: record one answer, count every um, like, basically and kind"
                + " of, and re-record it until it has none; confidence and clarity averaged "
                + score(analysis.categories().get(RubricCategory.CONFIDENCE_AND_CLARITY)) + "/10.");
    }

    private static Optional<String> endedEarly(ReportAnalysis analysis) {
        if (!analysis.cutShort()) {
            return Optional.empty();
        }
        return Optional.of("Finish a full " + analysis.plannedQuestions() + "-question session at the same level:"
                + " this report rests on " + analysis.mainQuestionsScored() + " of "
                + analysis.plannedQuestions() + " main questions.");
    }

    private static Optional<String> nextLevel(ReportAnalysis analysis) {
        Level level = analysis.session().plan().level();
        if (level == Level.SENIOR || analysis.overall() < 70) {
            return Optional.empty();
        }
        Level next = Level.values()[level.ordinal() + 1];
        return Optional.of("Book a session at the " + next.displayName() + " level on the same topics: you scored "
                + analysis.overall() + "/100 at " + level.displayName() + ", so harder follow-ups are the next test.");
    }

    private static Optional<String> lowestArea(ReportAnalysis analysis) {
        List<Map.Entry<RubricCategory, Double>> worst = analysis.categoriesWorstFirst();
        if (worst.isEmpty()) {
            return Optional.empty();
        }
        RubricCategory category = worst.get(0).getKey();
        return analysis.worstIn(category)
                .map(turn -> "Lift your lowest area, " + category.displayName().toLowerCase(Locale.ROOT)
                        + " (" + score(worst.get(0).getValue()) + "/10): redo your answer to \""
                        + shorten(turn.questionText(), 80) + "\" and " + CATEGORY_TIPS.get(category) + ".");
    }

    private static Optional<String> harder(ReportAnalysis analysis) {
        if (analysis.session().plan().difficulty() == Difficulty.HARD || analysis.overall() < 70) {
            return Optional.empty();
        }
        return Optional.of("Raise the difficulty: run the next session on hard with three follow-ups per question,"
                + " to see where your answers stop holding up.");
    }

    private static Optional<String> realistic(ReportAnalysis analysis) {
        if (analysis.session().plan().mode() == InterviewMode.REALISTIC) {
            return Optional.empty();
        }
        return Optional.of("Practise without hints: run a realistic-mode session, with feedback only at the end,"
                + " and check that your scores hold.");
    }

    private static Optional<String> rewriteWeakest(ReportAnalysis analysis) {
        return analysis.worstAnswer()
                .map(turn -> "Rewrite your weakest answer from memory: \"" + shorten(turn.questionText(), 80) + "\" ("
                        + score(turn.evaluation().overall()) + "/10); then compare it with the original and note"
                        + " the two biggest differences.");
    }

    private static Optional<String> storyBank(ReportAnalysis analysis) {
        return Optional.of("Build a story bank: write down five stories from your own work (a conflict, a failure, a"
                + " hard deadline, a decision you reversed, something you led), each with a measurable result.");
    }
}
