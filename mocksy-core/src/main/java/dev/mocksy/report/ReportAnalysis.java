package dev.mocksy.report;

import dev.mocksy.evaluation.AnswerFlag;
import dev.mocksy.evaluation.Evaluation;
import dev.mocksy.evaluation.Evidence;
import dev.mocksy.evaluation.RubricCategory;
import dev.mocksy.interview.Answer;
import dev.mocksy.interview.InterviewSnapshot;
import dev.mocksy.interview.InterviewState;
import dev.mocksy.interview.InterviewType;
import dev.mocksy.interview.Turn;
import dev.mocksy.question.KeyPoint;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The numbers behind a heuristic report, computed once from a finished session: which turns count, their weights,
 * the category means, the flags and the missed key points.
 *
 * <p>Immutable; every method is a pure read, so one analysis can be shared by the text builders.
 */
final class ReportAnalysis {

    /** A main question's weight in the overall score and the category means. */
    static final double MAIN_WEIGHT = 1.0;

    /** A follow-up's weight: it digs into the same topic, so it counts half as much as a main question. */
    static final double FOLLOW_UP_WEIGHT = 0.5;

    /** A category mean or answer score at or above this is a strength; below it, a gap. */
    static final double STRONG = 6.0;

    /** Substantive answers needed for full confidence in the sample size. */
    static final double FULL_SAMPLE = 5.0;

    /** Mean words per substantive answer needed for full confidence in the answers' length. */
    static final double FULL_LENGTH_WORDS = 120.0;

    private static final Set<String> HEURISTIC_METHODS = Set.of("heuristic", "rule");

    private static final Pattern TRADE_OFF = Pattern.compile(
            "trade-?offs?|versus|\\bvs\\b|compar|alternative|pros and cons|downside|drawback|\\bcosts?\\b"
                    + "|when (?:to|you would) (?:use|choose|pick)",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern DIGIT = Pattern.compile("\\d");

    /**
     * One turn that counts towards the scores: evaluated, or skipped (which counts as zero).
     *
     * @param number the turn's 1-based position in the interview
     * @param turn the turn as the session recorded it
     * @param evaluation its evaluation; for a skipped turn without one, the session's standard skipped evaluation
     * @param weight {@link #MAIN_WEIGHT} or {@link #FOLLOW_UP_WEIGHT}
     */
    record Scored(int number, Turn turn, Evaluation evaluation, double weight) {

        boolean skipped() {
            return (turn.answer() != null && turn.answer().skipped())
                    || evaluation.flags().contains(AnswerFlag.SKIPPED);
        }

        boolean timedOut() {
            return (turn.answer() != null && turn.answer().timedOut())
                    || evaluation.flags().contains(AnswerFlag.TIMED_OUT);
        }

        /** Answered, and more than a non-answer. */
        boolean substantive() {
            return !skipped() && !evaluation.nonAnswer();
        }

        String questionText() {
            return turn.question().text();
        }

        String answerText() {
            return turn.answer() == null ? "" : turn.answer().text();
        }

        InterviewType type() {
            return turn.question().type();
        }

        Optional<String> firstQuote() {
            return evaluation.evidence().stream()
                    .map(Evidence::quote)
                    .filter(quote -> !quote.isBlank())
                    .findFirst();
        }
    }

    private final InterviewSnapshot session;
    private final List<QuestionResult> results;
    private final List<Scored> scored;
    private final Map<RubricCategory, Double> categories;
    private final int overall;

    private ReportAnalysis(InterviewSnapshot session) {
        this.session = session;
        List<QuestionResult> results = new ArrayList<>();
        List<Scored> scored = new ArrayList<>();
        List<Turn> turns = session.turns();
        for (int i = 0; i < turns.size(); i++) {
            Turn turn = turns.get(i);
            Evaluation evaluation = effectiveEvaluation(turn);
            results.add(new QuestionResult(
                    turn.question().id(),
                    turn.question().text(),
                    turn.isFollowUp(),
                    turn.answer() == null ? null : turn.answer().text(),
                    evaluation,
                    turn.answer() == null ? null : turn.answer().delivery()));
            if (evaluation != null) {
                scored.add(new Scored(i + 1, turn, evaluation, turn.isFollowUp() ? FOLLOW_UP_WEIGHT : MAIN_WEIGHT));
            }
        }
        this.results = List.copyOf(results);
        this.scored = List.copyOf(scored);
        this.categories = categoryMeans(this.scored);
        this.overall = overallScore(this.scored);
    }

    static ReportAnalysis of(InterviewSnapshot session) {
        return new ReportAnalysis(session);
    }

    /**
     * The evaluation the report shows for a turn: the recorded one, with {@link AnswerFlag#TIMED_OUT} added when the
     * answer timed out but the evaluator did not say so; the standard skipped evaluation for a skip the session had
     * no time to evaluate; {@code null} for a question never answered or an answer never evaluated.
     */
    private static Evaluation effectiveEvaluation(Turn turn) {
        Answer answer = turn.answer();
        Evaluation evaluation = turn.evaluation();
        if (evaluation == null) {
            return answer != null && answer.skipped()
                    ? Evaluation.skipped(turn.question().keyPoints().stream()
                            .map(KeyPoint::point)
                            .toList())
                    : null;
        }
        if (answer != null && answer.timedOut() && !evaluation.flags().contains(AnswerFlag.TIMED_OUT)) {
            EnumSet<AnswerFlag> flags = EnumSet.of(AnswerFlag.TIMED_OUT);
            flags.addAll(evaluation.flags());
            return new Evaluation(
                    evaluation.overall(),
                    evaluation.categories(),
                    evaluation.covered(),
                    evaluation.missed(),
                    evaluation.evidence(),
                    evaluation.suggestion(),
                    flags,
                    evaluation.method(),
                    List.of());
        }
        return evaluation;
    }

    private static Map<RubricCategory, Double> categoryMeans(List<Scored> scored) {
        EnumMap<RubricCategory, Double> means = new EnumMap<>(RubricCategory.class);
        for (RubricCategory category : RubricCategory.values()) {
            double sum = 0;
            double weights = 0;
            for (Scored turn : scored) {
                Double score = turn.evaluation().categories().get(category);
                if (score != null) {
                    sum += score * turn.weight();
                    weights += turn.weight();
                }
            }
            if (weights > 0) {
                means.put(category, round1(sum / weights));
            }
        }
        return Collections.unmodifiableMap(means);
    }

    private static int overallScore(List<Scored> scored) {
        double sum = 0;
        double weights = 0;
        for (Scored turn : scored) {
            sum += turn.evaluation().overall() * turn.weight();
            weights += turn.weight();
        }
        if (weights == 0) {
            return 0;
        }
        return (int) Math.max(0, Math.min(100, Math.round(sum / weights * 10)));
    }

    static double round1(double value) {
        return Math.round(value * 10) / 10.0;
    }

    InterviewSnapshot session() {
        return session;
    }

    List<QuestionResult> results() {
        return results;
    }

    List<Scored> scored() {
        return scored;
    }

    int overall() {
        return overall;
    }

    Map<RubricCategory, Double> categories() {
        return categories;
    }

    /** Whether the candidate ended the interview early (it was abandoned, not completed). */
    boolean endedEarly() {
        return session.state() == InterviewState.ABANDONED;
    }

    /** Whether it ended early with main questions of the plan still unanswered: what the report text warns about. */
    boolean cutShort() {
        return endedEarly() && mainQuestionsScored() < plannedQuestions();
    }

    int mainQuestionsAsked() {
        return session.mainQuestionsAsked();
    }

    int plannedQuestions() {
        return session.plan().questionCount();
    }

    /** Main questions asked and answered (evaluated, skipped included). */
    long mainQuestionsScored() {
        return scored.stream().filter(turn -> !turn.turn().isFollowUp()).count();
    }

    /** Whether anything beyond skips was answered and evaluated. */
    boolean hasAnswers() {
        return scored.stream().anyMatch(turn -> !turn.skipped());
    }

    List<Scored> substantive() {
        return scored.stream().filter(Scored::substantive).toList();
    }

    List<Scored> nonAnswers() {
        return scored.stream()
                .filter(turn -> !turn.skipped() && turn.evaluation().nonAnswer())
                .toList();
    }

    List<Scored> skipped() {
        return scored.stream().filter(Scored::skipped).toList();
    }

    List<Scored> timedOut() {
        return scored.stream().filter(Scored::timedOut).toList();
    }

    /** Turns asked but never answered or never evaluated, because the interview ended first. */
    long unanswered() {
        return results.stream().filter(result -> result.evaluation() == null).count();
    }

    /** The categories from best to worst mean, ties in rubric order. */
    List<Map.Entry<RubricCategory, Double>> categoriesBestFirst() {
        List<Map.Entry<RubricCategory, Double>> entries = new ArrayList<>(categories.entrySet());
        entries.sort(Map.Entry.<RubricCategory, Double>comparingByValue().reversed());
        return entries;
    }

    /** The categories from worst to best mean, ties in rubric order. */
    List<Map.Entry<RubricCategory, Double>> categoriesWorstFirst() {
        List<Map.Entry<RubricCategory, Double>> entries = new ArrayList<>(categories.entrySet());
        entries.sort(Map.Entry.comparingByValue());
        return entries;
    }

    /** The mean of a category over the answered turns that match, or empty when none scored it. */
    Optional<Double> categoryMean(RubricCategory category, Predicate<Scored> filter) {
        double sum = 0;
        double weights = 0;
        for (Scored turn : scored) {
            Double score = turn.evaluation().categories().get(category);
            if (score != null && filter.test(turn)) {
                sum += score * turn.weight();
                weights += turn.weight();
            }
        }
        return weights == 0 ? Optional.empty() : Optional.of(round1(sum / weights));
    }

    boolean below(RubricCategory category) {
        Double mean = categories.get(category);
        return mean != null && mean < STRONG;
    }

    /**
     * The substantive answer that scored highest in a category, preferring one not in {@code cited} (turn numbers
     * already quoted) when it also scores at least {@link #STRONG}, so that strengths quote different answers.
     */
    Optional<Scored> bestIn(RubricCategory category, Set<Integer> cited) {
        Comparator<Scored> byScore = Comparator.comparingDouble(
                        (Scored turn) -> turn.evaluation().score(category))
                .thenComparing(turn -> -turn.number());
        List<Scored> candidates = substantive().stream()
                .filter(turn -> turn.evaluation().categories().containsKey(category))
                .toList();
        Optional<Scored> fresh = candidates.stream()
                .filter(turn ->
                        !cited.contains(turn.number()) && turn.evaluation().score(category) >= STRONG)
                .max(byScore);
        return fresh.isPresent() ? fresh : candidates.stream().max(byScore);
    }

    /** The answered (not skipped) turn that scored lowest in a category, if any. */
    Optional<Scored> worstIn(RubricCategory category) {
        return scored.stream()
                .filter(turn ->
                        !turn.skipped() && turn.evaluation().categories().containsKey(category))
                .min(Comparator.comparingDouble(
                                (Scored turn) -> turn.evaluation().score(category))
                        .thenComparing(Scored::number));
    }

    /** The substantive answer with the best overall score, earliest on ties. */
    Optional<Scored> bestAnswer() {
        return substantive().stream()
                .max(Comparator.comparingDouble(
                                (Scored turn) -> turn.evaluation().overall())
                        .thenComparing(turn -> -turn.number()));
    }

    /** The answered (not skipped) turn with the lowest overall score, earliest on ties. */
    Optional<Scored> worstAnswer() {
        return scored.stream()
                .filter(turn -> !turn.skipped())
                .min(Comparator.comparingDouble(
                                (Scored turn) -> turn.evaluation().overall())
                        .thenComparing(Scored::number));
    }

    /** Key points missed in answers (skips excluded: they miss everything), most often missed first. */
    List<Map.Entry<String, Integer>> missedPointsMostFrequentFirst() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, String> firstSpelling = new LinkedHashMap<>();
        for (Scored turn : scored) {
            if (turn.skipped()) {
                continue;
            }
            for (String point : turn.evaluation().missed()) {
                String key = point.strip().toLowerCase(Locale.ROOT);
                if (!key.isEmpty()) {
                    firstSpelling.putIfAbsent(key, point.strip());
                    counts.merge(key, 1, Integer::sum);
                }
            }
        }
        List<Map.Entry<String, Integer>> entries = new ArrayList<>();
        counts.forEach((key, count) -> entries.add(Map.entry(firstSpelling.get(key), count)));
        // A stable sort keeps first-missed order among equals, so the list follows the interview.
        entries.sort(Map.Entry.<String, Integer>comparingByValue().reversed());
        return entries;
    }

    /** Key points covered in answers, in interview order, without repeats. */
    List<String> coveredPoints() {
        Map<String, String> points = new LinkedHashMap<>();
        for (Scored turn : scored) {
            for (String point : turn.evaluation().covered()) {
                points.putIfAbsent(point.strip().toLowerCase(Locale.ROOT), point.strip());
            }
        }
        return List.copyOf(points.values());
    }

    /** How many key points answers covered and missed in total (skips excluded). */
    int keyPointsAssessed() {
        return scored.stream()
                .filter(turn -> !turn.skipped())
                .mapToInt(turn -> turn.evaluation().covered().size()
                        + turn.evaluation().missed().size())
                .sum();
    }

    int keyPointsCovered() {
        return scored.stream()
                .filter(turn -> !turn.skipped())
                .mapToInt(turn -> turn.evaluation().covered().size())
                .sum();
    }

    /** Whether a missed point, or a low-scoring question's text, is about weighing options against each other. */
    boolean missedTradeOffs() {
        boolean missedPoint = missedPointsMostFrequentFirst().stream()
                .anyMatch(entry -> TRADE_OFF.matcher(entry.getKey()).find());
        boolean weakDesign = scored.stream()
                .anyMatch(turn -> !turn.skipped()
                        && turn.evaluation().score(RubricCategory.PROBLEM_SOLVING) < STRONG
                        && (turn.type() == InterviewType.SYSTEM_DESIGN
                                || TRADE_OFF.matcher(turn.questionText()).find()));
        return missedPoint || weakDesign;
    }

    /** Whether at least two substantive answers were given and none of them contains a number. */
    boolean answersLackNumbers() {
        List<Scored> answers = substantive();
        return answers.size() >= 2
                && answers.stream()
                        .noneMatch(turn -> DIGIT.matcher(turn.answerText()).find());
    }

    static int words(String text) {
        String stripped = text.strip();
        return stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
    }

    /**
     * How sure the assessment is, 1-10: {@code 1 + round(sample + length)}, where {@code sample = 5 * min(1, n / 5)}
     * with {@code n} = substantive answers + half the other answered turns (non-answers; skips add nothing), and
     * {@code length = 4 * min(1, meanWords / 120) * min(1, substantive / 3)} over the substantive answers. Five
     * substantive answers of 120 words or more give 10; nothing answered gives 1.
     */
    int confidence() {
        List<Scored> substantive = substantive();
        double n = substantive.size() + 0.5 * nonAnswers().size();
        double sample = 5 * Math.min(1, n / FULL_SAMPLE);
        double meanWords = substantive.stream()
                .mapToInt(turn -> words(turn.answerText()))
                .average()
                .orElse(0);
        double length = 4 * Math.min(1, meanWords / FULL_LENGTH_WORDS) * Math.min(1, substantive.size() / 3.0);
        return (int) Math.max(1, Math.min(10, 1 + Math.round(sample + length)));
    }

    /** Distinct evaluation methods that are heuristics or rules, in order of first use. */
    List<String> heuristicMethods() {
        return scored.stream()
                .map(turn -> turn.evaluation().method())
                .filter(ReportAnalysis::isHeuristic)
                .distinct()
                .toList();
    }

    static boolean isHeuristic(String method) {
        String lower = method.strip().toLowerCase(Locale.ROOT);
        int colon = lower.indexOf(':');
        return HEURISTIC_METHODS.contains(colon < 0 ? lower : lower.substring(0, colon));
    }

    static String score(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    /** Text cut to {@code max} characters at a word boundary, with an ellipsis, on one line. */
    static String shorten(String text, int max) {
        String oneLine = text.strip().replaceAll("\\s+", " ");
        if (oneLine.length() <= max) {
            return oneLine;
        }
        int cut = oneLine.lastIndexOf(' ', max - 1);
        return oneLine.substring(0, cut > max / 2 ? cut : max - 1) + "…";
    }
}
