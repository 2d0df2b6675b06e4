package dev.mocksy.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mocksy.interview.Answer;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The evaluator against the hand-written corpus of strong and weak-but-fluent answers. */
class HeuristicAnswerEvaluatorTriplesTest {

    private static final HeuristicAnswerEvaluator EVALUATOR = new HeuristicAnswerEvaluator();
    private static List<Triples> triples;

    @BeforeAll
    static void load() {
        triples = Triples.load();
    }

    @Test
    void should_hold_at_least_forty_triples_across_all_kinds_of_question() {
        assertThat(triples).hasSizeGreaterThanOrEqualTo(40);
        assertThat(triples)
                .extracting(Triples::area)
                .contains("behavioral", "backend", "frontend", "data", "devops", "mobile", "system design");
    }

    @Test
    void should_score_the_strong_answer_above_the_weak_one_in_at_least_ninety_percent_of_triples() {
        int wins = 0;
        double strongSum = 0;
        double weakSum = 0;
        for (Triples triple : triples) {
            Evaluation strong = evaluate(triple, triple.strong());
            Evaluation weak = evaluate(triple, triple.weak());
            boolean win = strong.overall() > weak.overall();
            wins += win ? 1 : 0;
            strongSum += strong.overall();
            weakSum += weak.overall();
            System.out.printf(
                    "%-20s strong %4.1f (%d/%d) weak %4.1f (%d/%d) %s%n",
                    triple.id(),
                    strong.overall(),
                    strong.covered().size(),
                    triple.question().keyPoints().size(),
                    weak.overall(),
                    weak.covered().size(),
                    triple.question().keyPoints().size(),
                    win ? "" : "<-- weak not below strong");
        }
        double rate = (double) wins / triples.size();
        double strongAverage = strongSum / triples.size();
        double weakAverage = weakSum / triples.size();
        System.out.printf(
                "strong > weak in %d/%d (%.0f%%); strong average %.2f, weak average %.2f%n",
                wins, triples.size(), 100 * rate, strongAverage, weakAverage);

        assertThat(rate).isGreaterThanOrEqualTo(0.9);
        assertThat(strongAverage).isGreaterThanOrEqualTo(6.0);
        assertThat(weakAverage).isLessThanOrEqualTo(strongAverage - 2.0);
    }

    @Test
    void should_not_flag_any_strong_or_weak_answer_as_a_non_answer() {
        for (Triples triple : triples) {
            assertThat(evaluate(triple, triple.strong()).flags())
                    .as("strong answer of %s", triple.id())
                    .isEmpty();
            assertThat(evaluate(triple, triple.weak()).flags())
                    .as("weak answer of %s", triple.id())
                    .doesNotContain(AnswerFlag.NON_ANSWER);
        }
    }

    private static Evaluation evaluate(Triples triple, String answer) {
        return EVALUATOR.evaluate(new EvaluationRequest(triple.question(), Answer.of(answer), null));
    }
}
