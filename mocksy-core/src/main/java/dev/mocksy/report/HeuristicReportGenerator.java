package dev.mocksy.report;

import dev.mocksy.interview.InterviewSnapshot;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The offline report: scores aggregated from the answers' evaluations, text written by rules, no language model.
 *
 * <p>How it scores, so a candidate can check the numbers:
 *
 * <ul>
 *   <li>Every question asked is listed in order. A question the interview ended before answering, or an answer never
 *       evaluated, is listed with a {@code null} answer or evaluation and does not count. A skipped question counts
 *       as zero.
 *   <li>{@code overall} (0-100) is the weighted mean of the counted questions' overall scores (0-10) times ten,
 *       rounded; a follow-up weighs 0.5, a main question
 *       1. Nothing counted gives 0.
 *   <li>{@code categories} is the same weighted mean per rubric category, over the counted questions whose evaluation
 *       scored that category.
 *   <li>{@code confidence} (1-10) is {@code 1 + round(sample + length)}: {@code sample = 5 * min(1, n / 5)} where
 *       {@code n} counts substantive answers once and non-answers half (skips not at all), and {@code length = 4 *
 *       min(1, meanWords / 120) * min(1, substantive / 3)} over the substantive answers. Nothing answered gives 1.
 *   <li>Strengths are categories and answers at or above 6/10, and key points covered, each with its score and a
 *       quote; improvements are non-answers, the weakest categories, skips, time-outs, the most often missed key
 *       points and an early end; 3-5 action items come from a rule table keyed on those weaknesses.
 * </ul>
 *
 * <p>Stateless, so one instance serves any number of sessions at once.
 *
 * <pre>{@code
 * InterviewReport report = new HeuristicReportGenerator().generate(session.snapshot(), Instant.now());
 * }</pre>
 */
public final class HeuristicReportGenerator implements ReportGenerator {

    /** Always in {@link InterviewReport#heuristicParts()} of this generator's reports. */
    public static final String REPORT_TEXT = "report text";

    /** In {@link InterviewReport#heuristicParts()} when any answer was scored by a heuristic or a rule. */
    public static final String ANSWER_SCORES = "answer scores";

    /** In {@link InterviewReport#heuristicParts()} when any answer was spoken and its delivery measured. */
    public static final String DELIVERY_METRICS = "delivery metrics";

    /** The prefix of the parts naming each heuristic evaluation method used, e.g. {@code "evaluation method: rule"}. */
    public static final String METHOD_PREFIX = "evaluation method: ";

    /**
     * {@inheritDoc}
     *
     * @throws IllegalStateException when the session has not ended: end it (complete or abandon it) first
     */
    @Override
    public InterviewReport generate(InterviewSnapshot session, Instant generatedAt) {
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(generatedAt, "generatedAt");
        if (!session.state().isTerminal()) {
            throw new IllegalStateException("session " + session.sessionId() + " is " + session.state()
                    + "; a report needs a completed or abandoned session");
        }
        ReportAnalysis analysis = ReportAnalysis.of(session);
        List<String> actionItems = ActionItemRules.actionItems(analysis);
        return InterviewReport.builder()
                .sessionId(session.sessionId())
                .plan(session.plan())
                .overall(analysis.overall())
                .categories(analysis.categories())
                .questions(analysis.results())
                .strengths(ReportText.strengths(analysis))
                .improvements(ReportText.improvements(analysis))
                .actionItems(actionItems)
                .confidence(analysis.confidence())
                .assessment(ReportText.assessment(analysis, actionItems))
                .heuristicParts(heuristicParts(analysis))
                .endedEarly(analysis.endedEarly())
                .generatedAt(generatedAt)
                .endReason(session.endReason().orElse(null))
                .vision(session.vision().orElse(null))
                .build();
    }

    private static List<String> heuristicParts(ReportAnalysis analysis) {
        List<String> parts = new ArrayList<>();
        parts.add(REPORT_TEXT);
        List<String> methods = analysis.heuristicMethods();
        if (!methods.isEmpty()) {
            parts.add(ANSWER_SCORES);
            methods.forEach(method -> parts.add(METHOD_PREFIX + method));
        }
        if (analysis.results().stream().anyMatch(result -> result.delivery() != null)) {
            parts.add(DELIVERY_METRICS);
        }
        return List.copyOf(parts);
    }
}
