package dev.mocksy.evaluation;

import dev.mocksy.evaluation.QuestionProfile.CompiledKeyPoint;
import dev.mocksy.internal.text.AnalyzedText;
import dev.mocksy.internal.text.Segment;
import dev.mocksy.internal.text.Token;
import dev.mocksy.interview.Answer;
import dev.mocksy.interview.InterviewType;
import dev.mocksy.question.KeyPoint;
import dev.mocksy.question.Question;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The offline evaluator: scores an answer from its text alone, with no model and no network, and shows its working.
 *
 * <p>It measures key-point coverage, relevance to the question, STAR structure (behavioral questions), specificity,
 * depth against the question's difficulty, and clarity; {@link RubricWeights} turns these into the rubric. Before
 * scoring, it looks for non-answers ({@link NonAnswerDetector}) and instructions aimed at the grader
 * ({@link GraderInstructions}): either caps the overall score, and every category, at 2/10 and sets
 * {@link AnswerFlag#NON_ANSWER}. Instruction sentences are never scored.
 *
 * <p>Every quote in the evidence is a verbatim substring of the answer. Stateless and thread-safe.
 *
 * <pre>{@code
 * Evaluation e = new HeuristicAnswerEvaluator().evaluate(new EvaluationRequest(question, Answer.of(text), null));
 * e.overall();   // 0-10
 * e.missed();    // key points to work on
 * }</pre>
 */
public final class HeuristicAnswerEvaluator implements AnswerEvaluator {

    /** The {@link Evaluation#method()} of evaluations made here. */
    public static final String METHOD = "heuristic";

    /** The highest overall score a non-answer can get. */
    public static final double NON_ANSWER_CAP = 2.0;

    /** The highest overall score an answer that covers none of the question's key points can get. */
    static final double NO_COVERAGE_CAP = 4.0;

    private static final int MAX_EVIDENCE = 8;
    private static final int MAX_QUOTE_CHARS = 240;

    @Override
    public Evaluation evaluate(EvaluationRequest request) {
        Question question = request.question();
        Answer answer = request.answer();
        if (answer.skipped()) {
            return Evaluation.skipped(points(question.keyPoints()));
        }
        QuestionProfile profile = QuestionProfile.of(question);
        AnalyzedText full = AnalyzedText.of(answer.text());
        List<Segment> instructions = GraderInstructions.find(full.segments());
        AnalyzedText scored = without(full, instructions);

        KeyPointCoverage coverage = KeyPointCoverage.measure(profile, scored);
        Set<AnswerFlag> flags = EnumSet.noneOf(AnswerFlag.class);
        if (answer.timedOut()) {
            flags.add(AnswerFlag.TIMED_OUT);
        }
        if (!instructions.isEmpty()) {
            flags.add(AnswerFlag.GRADER_INSTRUCTION);
            flags.add(AnswerFlag.NON_ANSWER);
        }
        Optional<NonAnswerDetector.Verdict> verdict = NonAnswerDetector.detect(profile, scored, coverage);
        verdict.ifPresent(v -> {
            flags.add(v.flag());
            flags.add(AnswerFlag.NON_ANSWER);
        });
        List<Token> proseTokens = NonAnswerDetector.proseTokens(scored);
        if (NonAnswerDetector.isForeignScript(answer.text()) || NonAnswerDetector.isForeignLatin(proseTokens)) {
            flags.add(AnswerFlag.NOT_ENGLISH);
        }

        InterviewType type = question.type();
        Specificity specificity = Specificity.measure(scored);
        Depth depth = Depth.measure(scored, type, question.difficulty());
        Clarity clarity = Clarity.measure(scored);
        Relevance relevance = Relevance.measure(profile, scored);
        StarStructure star = type == InterviewType.BEHAVIORAL ? StarStructure.measure(scored) : null;
        SweepingClaims sweeping = SweepingClaims.measure(scored);
        boolean adHoc = question.keyPoints().isEmpty();

        double coverageSignal =
                adHoc ? 0.5 * relevance.score() + 0.3 * specificity.score() + 0.2 * depth.score() : coverage.ratio();
        double confidence = clarity.confidence();
        if (star != null) {
            // a story told only as "we" hides what the candidate did
            double own = star.actions() + star.weActions() == 0
                    ? 0.5
                    : (double) star.actions() / (star.actions() + star.weActions());
            confidence = confidence * (0.8 + 0.2 * own);
        }
        RubricWeights.Signals signals = new RubricWeights.Signals(
                coverageSignal,
                relevance.score(),
                specificity.score(),
                depth.score(),
                depth.explanationScore(),
                clarity.score(),
                confidence,
                star == null ? 0 : star.score(),
                star == null ? 0 : star.actionScore(),
                sweeping.penalty());
        Map<RubricCategory, Double> categories = RubricWeights.categories(type, signals);
        double overall = RubricWeights.overall(type, categories);
        if (!adHoc && coverage.covered().isEmpty()) {
            overall = Math.min(overall, NO_COVERAGE_CAP);
        }
        if (flags.contains(AnswerFlag.NON_ANSWER)) {
            overall = Math.min(overall, NON_ANSWER_CAP);
            categories.replaceAll((category, score) -> Math.min(score, NON_ANSWER_CAP));
        }

        List<Evidence> evidence =
                evidence(full, scored, coverage, instructions, specificity, clarity, star, sweeping, verdict, adHoc);
        String suggestion = Suggestions.suggest(new Suggestions.Context(
                question, coverage, flags, verdict, specificity, depth, clarity, star, adHoc, scored));
        return new Evaluation(
                overall,
                categories,
                pointsOf(coverage.covered().keySet()),
                pointsOf(coverage.missed()),
                evidence,
                suggestion,
                flags,
                METHOD);
    }

    private static AnalyzedText without(AnalyzedText text, List<Segment> removed) {
        if (removed.isEmpty()) {
            return text;
        }
        Set<Segment> drop = new HashSet<>(removed);
        List<Segment> kept = new ArrayList<>();
        List<Token> tokens = new ArrayList<>();
        for (Segment segment : text.segments()) {
            if (!drop.contains(segment)) {
                kept.add(segment);
                tokens.addAll(segment.tokens());
            }
        }
        return new AnalyzedText(text.text(), tokens, kept);
    }

    private static List<Evidence> evidence(
            AnalyzedText answer,
            AnalyzedText scored,
            KeyPointCoverage coverage,
            List<Segment> instructions,
            Specificity specificity,
            Clarity clarity,
            StarStructure star,
            SweepingClaims sweeping,
            Optional<NonAnswerDetector.Verdict> verdict,
            boolean adHoc) {
        List<Evidence> evidence = new ArrayList<>();
        Set<Segment> quoted = new LinkedHashSet<>();
        for (Segment segment : instructions) {
            evidence.add(new Evidence(quote(segment), "instruction to the grader: ignored, and the score capped"));
            quoted.add(segment);
        }
        if (verdict.isPresent() && !answer.segments().isEmpty()) {
            Segment first = answer.segments().get(0);
            if (!quoted.contains(first) && !instructions.contains(first)) {
                evidence.add(new Evidence(
                        quote(first), "not an answer: " + verdict.get().reason()));
                quoted.add(first);
            }
        }
        coverage.covered().forEach((keyPoint, segment) -> {
            evidence.add(new Evidence(
                    quote(segment), "covers: " + keyPoint.keyPoint().point()));
            quoted.add(segment);
        });
        if (star != null && star.resultSegment() != null && !quoted.contains(star.resultSegment())) {
            evidence.add(new Evidence(
                    quote(star.resultSegment()), star.measuredResult() ? "result, measured" : "result, not measured"));
            quoted.add(star.resultSegment());
        }
        if (specificity.firstMeasurement() != null && !quoted.contains(specificity.firstMeasurement())) {
            evidence.add(new Evidence(quote(specificity.firstMeasurement()), "specific: a measured figure"));
            quoted.add(specificity.firstMeasurement());
        }
        if (sweeping.first() != null && !quoted.contains(sweeping.first())) {
            evidence.add(new Evidence(quote(sweeping.first()), "sweeping claim, with no condition or trade-off"));
            quoted.add(sweeping.first());
        }
        if (!adHoc && coverage.covered().isEmpty() && verdict.isEmpty()) {
            scored.segments().stream()
                    .filter(Segment::prose)
                    .filter(segment -> !quoted.contains(segment))
                    .findFirst()
                    .ifPresent(segment -> evidence.add(new Evidence(quote(segment), "covers none of the key points")));
        }
        if (clarity.fillerHeaviest() != null) {
            List<String> fillers = dev.mocksy.internal.text.Disfluency.fillers(clarity.fillerHeaviest());
            evidence.add(new Evidence(
                    quote(clarity.fillerHeaviest()),
                    "filler words: " + String.join(", ", new LinkedHashSet<>(fillers))));
        }
        return evidence.size() > MAX_EVIDENCE ? evidence.subList(0, MAX_EVIDENCE) : evidence;
    }

    /** The segment's text, cut at a word boundary when long; always a substring of the answer. */
    private static String quote(Segment segment) {
        String text = segment.text();
        if (text.length() <= MAX_QUOTE_CHARS) {
            return text;
        }
        int cut = text.lastIndexOf(' ', MAX_QUOTE_CHARS);
        return text.substring(0, cut > MAX_QUOTE_CHARS / 2 ? cut : MAX_QUOTE_CHARS);
    }

    private static List<String> points(List<KeyPoint> keyPoints) {
        return keyPoints.stream().map(KeyPoint::point).toList();
    }

    private static List<String> pointsOf(java.util.Collection<CompiledKeyPoint> keyPoints) {
        return keyPoints.stream().map(k -> k.keyPoint().point()).toList();
    }
}
