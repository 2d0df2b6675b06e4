package dev.mocksy.evaluation;

import dev.mocksy.evaluation.bench.HeuristicEvaluatorBenchmark;
import dev.mocksy.evaluation.text.AnalyzedText;
import dev.mocksy.interview.Answer;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class ScratchTimingTest {
    static String A;

    static {
        try {
            var f = HeuristicEvaluatorBenchmark.class.getDeclaredField("ANSWER");
            f.setAccessible(true);
            A = (String) f.get(null);
        } catch (Exception e) {
            throw new RuntimeException(e);
        }
    }

    static void time(String name, Supplier<?> s) {
        for (int i = 0; i < 3000; i++) s.get();
        double best = Double.MAX_VALUE;
        for (int r = 0; r < 8; r++) {
            long t = System.nanoTime();
            for (int i = 0; i < 200; i++) s.get();
            best = Math.min(best, (System.nanoTime() - t) / 200 / 1000.0);
        }
        System.out.printf("%-20s %8.1f us%n", name, best);
    }

    @Test
    void timing() throws Exception {
        var qf = HeuristicEvaluatorBenchmark.class.getDeclaredField("QUESTION");
        qf.setAccessible(true);
        var q = (dev.mocksy.question.Question) qf.get(null);
        AnalyzedText t = AnalyzedText.of(A);
        QuestionProfile p = QuestionProfile.of(q);
        KeyPointCoverage c = KeyPointCoverage.measure(p, t);
        time("analyze", () -> AnalyzedText.of(A));
        time("profile", () -> QuestionProfile.of(q));
        time("coverage", () -> KeyPointCoverage.measure(p, t));
        time("grader", () -> GraderInstructions.find(t.segments()));
        time("nonanswer", () -> NonAnswerDetector.detect(p, t, c));
        time("specificity", () -> Specificity.measure(t));
        time("depth", () -> Depth.measure(t, q.type(), q.difficulty()));
        time("clarity", () -> Clarity.measure(t));
        time("relevance", () -> Relevance.measure(p, t));
        time("star", () -> StarStructure.measure(t));
        time("sweeping", () -> SweepingClaims.measure(t));
        time("all", () -> new HeuristicAnswerEvaluator().evaluate(new EvaluationRequest(q, Answer.of(A), null)));
    }
}
