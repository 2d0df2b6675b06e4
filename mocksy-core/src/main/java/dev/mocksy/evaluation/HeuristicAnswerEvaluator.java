package dev.mocksy.evaluation;

import dev.mocksy.evaluation.QuestionProfile.CompiledKeyPoint;
import dev.mocksy.internal.text.AnalyzedText;
import dev.mocksy.internal.text.Segment;
import dev.mocksy.internal.text.Token;
import dev.mocksy.interview.Answer;
import dev.mocksy.interview.InterviewType;
import dev.mocksy.question.KeyPoint;
import dev.mocksy.question.Question;
import dev.mocksy.question.Rephrasing;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
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

    /** The highest overall score a non-answer, or an instruction to the grader, can get. */
    public static final double NON_ANSWER_CAP = 2.0;

    /** The highest overall score of an answer that states something wrong. */
    public static final double INCORRECT_CAP = 5.0;

    /** The highest overall score an answer that covers none of the question's key points can get. */
    static final double NO_COVERAGE_CAP = 4.0;

    private static final int MAX_EVIDENCE = 8;
    private static final int MAX_QUOTE_CHARS = 240;

    private final MeaningMatcher meaning;

    /** The evaluator that matches key points by their words only. */
    public HeuristicAnswerEvaluator() {
        this.meaning = null;
    }

    /**
     * An evaluator that also matches key points by meaning, with sentence embeddings: a paraphrase of a key point
     * counts as covering it. {@code null} means words only.
     */
    public HeuristicAnswerEvaluator(TextEmbedder embedder) {
        this.meaning = embedder == null ? null : new MeaningMatcher(embedder);
    }

    /** Whether key points are also matched by meaning. */
    public boolean matchesMeaning() {
        return meaning != null;
    }

    /**
     * Whether the answer only asks to hear the question again ("sorry, could you repeat that?"), which is not graded.
     * Words only, no embeddings: cheap enough to decide before anything slow starts.
     */
    public static boolean asksToHearAgain(EvaluationRequest request) {
        Answer answer = request.answer();
        return !answer.skipped() && asksToHearAgain(AnalyzedText.of(answer.text()), request.question());
    }

    private static boolean asksToHearAgain(AnalyzedText answer, Question question) {
        return NonAnswerDetector.isClarificationRequest(answer)
                && GraderInstructions.find(answer.segments(), question).isEmpty();
    }

    @Override
    public Evaluation evaluate(EvaluationRequest request) {
        Question question = request.question();
        Answer answer = request.answer();
        if (answer.skipped()) {
            return Evaluation.skipped(points(question.keyPoints())).withModelAnswer(question.modelAnswer());
        }
        QuestionProfile profile = QuestionProfile.of(question);
        AnalyzedText full = AnalyzedText.of(answer.text());
        if (asksToHearAgain(full, question)) {
            return clarification(question, full);
        }
        List<Segment> instructions = GraderInstructions.find(full.segments(), question);
        AnalyzedText scored = without(full, instructions);

        MeaningMatch match = meaning == null || !comparable(profile) ? null : meaning.match(profile, scored);
        Contradictions contradictions = Contradictions.find(profile, scored, match);
        KeyPointCoverage coverage =
                corrected(profile, KeyPointCoverage.measure(profile, scored), contradictions, match);
        Set<AnswerFlag> flags = EnumSet.noneOf(AnswerFlag.class);
        if (answer.timedOut()) {
            flags.add(AnswerFlag.TIMED_OUT);
        }
        if (!instructions.isEmpty()) {
            flags.add(AnswerFlag.GRADER_INSTRUCTION);
        }
        if (!contradictions.findings().isEmpty()) {
            flags.add(AnswerFlag.INCORRECT_CLAIM);
        }
        Optional<NonAnswerDetector.Verdict> verdict = NonAnswerDetector.detect(profile, scored, coverage);
        if (verdict.isEmpty()
                && !question.keyPoints().isEmpty()
                && NonAnswerDetector.isGeneric(
                        profile, scored, coverage.covered().size())) {
            verdict = Optional.of(new NonAnswerDetector.Verdict(
                    AnswerFlag.GENERIC,
                    "a general paragraph that would fit any question; nothing in it is about this one"));
        }
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
        Depth depth = Depth.measure(scored, type, question.difficulty())
                .forKeyPoints(question.keyPoints().size());
        if (question.referenceAnswer() != null) {
            depth = depth.against(question.referenceAnswer());
        }
        Clarity clarity = Clarity.measure(scored);
        Relevance relevance = Relevance.measure(profile, scored);
        StarStructure star = type == InterviewType.BEHAVIORAL ? StarStructure.measure(scored) : null;
        SweepingClaims sweeping = SweepingClaims.measure(scored);
        boolean adHoc = question.keyPoints().isEmpty();

        double coverageSignal =
                adHoc ? 0.5 * relevance.score() + 0.3 * specificity.score() + 0.2 * depth.score() : coverage.ratio();
        if (match != null && question.referenceAnswer() != null) {
            // how close the answer is, as a whole, to the reference: partial credit the key points cannot express
            double closeness = RubricWeights.clamp((match.toReference() - 0.35) / 0.45);
            coverageSignal = 0.5 * coverageSignal + 0.5 * closeness;
        }
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
        boolean narrow = !adHoc && question.keyPoints().size() <= 2;
        Map<RubricCategory, Double> categories = RubricWeights.categories(type, signals, narrow);
        int wrong = contradictions.findings().size();
        if (wrong > 0) {
            RubricWeights.penaliseIncorrect(categories, wrong);
        }
        double overall = RubricWeights.overall(type, categories);
        if (!adHoc && coverage.covered().isEmpty()) {
            overall = Math.min(overall, NO_COVERAGE_CAP);
        }
        if (wrong > 0) {
            overall = Math.min(overall, Math.max(NON_ANSWER_CAP, INCORRECT_CAP - 0.75 * (wrong - 1)));
        }
        if (flags.contains(AnswerFlag.NON_ANSWER) || flags.contains(AnswerFlag.GRADER_INSTRUCTION)) {
            overall = Math.min(overall, NON_ANSWER_CAP);
            categories.replaceAll((category, score) -> Math.min(score, NON_ANSWER_CAP));
        }

        List<Evidence> evidence = evidence(
                full,
                scored,
                coverage,
                instructions,
                specificity,
                clarity,
                star,
                sweeping,
                verdict,
                adHoc,
                contradictions,
                profile,
                match);
        String suggestion = Suggestions.suggest(new Suggestions.Context(
                question, coverage, flags, verdict, specificity, depth, clarity, star, adHoc, scored, contradictions));
        return new Evaluation(
                overall,
                categories,
                pointsOf(coverage.covered().keySet()),
                pointsOf(coverage.missed()),
                evidence,
                suggestion,
                flags,
                METHOD,
                question.modelAnswer());
    }

    /** A request to hear the question again: not graded; the question is to be asked again in other words. */
    private static Evaluation clarification(Question question, AnalyzedText answer) {
        EnumMap<RubricCategory, Double> zeros = new EnumMap<>(RubricCategory.class);
        for (RubricCategory category : RubricCategory.values()) {
            zeros.put(category, 0.0);
        }
        List<Evidence> evidence = answer.segments().isEmpty()
                ? List.of()
                : List.of(new Evidence(quote(answer.segments().get(0)), "asks to hear the question again: not graded"));
        return new Evaluation(
                0,
                zeros,
                List.of(),
                List.of(),
                evidence,
                "Not graded: you asked for the question again. In other words: " + Rephrasing.reword(question),
                Set.of(AnswerFlag.CLARIFICATION_REQUEST, AnswerFlag.NON_ANSWER),
                METHOD,
                List.of());
    }

    /** Whether meaning-based matching has anything to compare the answer with. */
    private static boolean comparable(QuestionProfile profile) {
        return !profile.keyPoints().isEmpty()
                || !profile.misconceptions().isEmpty()
                || profile.question().referenceAnswer() != null;
    }

    /**
     * The word matcher's coverage, less the key points the answer contradicts, plus those it states in other words.
     */
    private KeyPointCoverage corrected(
            QuestionProfile profile, KeyPointCoverage lexical, Contradictions contradictions, MeaningMatch match) {
        Set<CompiledKeyPoint> reversed = contradictions.reversed();
        Set<Segment> wrong = contradictions.segments();
        Map<CompiledKeyPoint, Segment> covered = new LinkedHashMap<>();
        Map<CompiledKeyPoint, Segment> byMeaning = new LinkedHashMap<>();
        lexical.covered().forEach((keyPoint, segment) -> {
            if (!reversed.contains(keyPoint) && !wrong.contains(segment)) {
                covered.put(keyPoint, segment);
            }
        });
        if (match != null) {
            byMeaning.putAll(meaning.covered(profile, match, covered.keySet(), contradictions));
        }
        Map<CompiledKeyPoint, Segment> ordered = new LinkedHashMap<>();
        List<CompiledKeyPoint> missed = new ArrayList<>();
        for (CompiledKeyPoint keyPoint : profile.keyPoints()) {
            Segment segment = covered.containsKey(keyPoint) ? covered.get(keyPoint) : byMeaning.get(keyPoint);
            if (segment != null) {
                ordered.put(keyPoint, segment);
            } else {
                missed.add(keyPoint);
            }
        }
        return new KeyPointCoverage(ordered, missed, lexical.listedOnly(), byMeaning.keySet());
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
            boolean adHoc,
            Contradictions contradictions,
            QuestionProfile profile,
            MeaningMatch match) {
        List<Evidence> evidence = new ArrayList<>();
        Set<Segment> quoted = new LinkedHashSet<>();
        for (Segment segment : instructions) {
            evidence.add(
                    new Evidence(quote(segment), "instruction to the grader: ignored, and the score capped at 2/10"));
            quoted.add(segment);
        }
        for (Contradictions.Finding finding : contradictions.findings()) {
            evidence.add(new Evidence(
                    quote(finding.segment()),
                    Evidence.INCORRECT + finding.claim() + " (correct: " + finding.correct() + ")"));
            quoted.add(finding.segment());
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
            String how = coverage.byMeaning().contains(keyPoint) ? "covers, in other words: " : "covers: ";
            evidence.add(new Evidence(quote(segment), how + keyPoint.keyPoint().point()));
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
        if (!adHoc && verdict.isEmpty()) {
            unchecked(scored, quoted, profile, match)
                    .ifPresent(segment -> evidence.add(new Evidence(
                            quote(segment),
                            Evidence.NOT_CHECKED
                                    + "outside this question's key points and known misconceptions; the offline"
                                    + " evaluator cannot tell whether it is right")));
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
    /**
     * The first claim the evaluator could not judge: a sentence of six words or more that states something (not a
     * question) and is about none of the key points or misconceptions, in words or in meaning.
     */
    private static Optional<Segment> unchecked(
            AnalyzedText scored, Set<Segment> quoted, QuestionProfile profile, MeaningMatch match) {
        for (Segment segment : scored.segments()) {
            if (!segment.prose()
                    || segment.size() < 6
                    || quoted.contains(segment)
                    || segment.text().strip().endsWith("?")) {
                continue;
            }
            boolean related = false;
            Set<String> stems = new HashSet<>();
            for (Token token : segment.tokens()) {
                if (dev.mocksy.internal.text.AnalyzedText.isContent(token)) {
                    stems.add(token.stem());
                }
            }
            for (CompiledKeyPoint keyPoint : profile.keyPoints()) {
                int shared = 0;
                for (String stem : keyPoint.pointStems()) {
                    if (stems.contains(stem) && !profile.questionStems().contains(stem)) {
                        shared++;
                    }
                }
                if (shared >= 2 || (match != null && match.toKeyPoint(segment, keyPoint) >= 0.45)) {
                    related = true;
                    break;
                }
            }
            if (!related) {
                return Optional.of(segment);
            }
        }
        return Optional.empty();
    }

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
