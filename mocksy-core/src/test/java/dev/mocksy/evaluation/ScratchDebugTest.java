package dev.mocksy.evaluation;

import dev.mocksy.interview.Answer;
import org.junit.jupiter.api.Test;

class ScratchDebugTest {
    @Test
    void debug() {
        for (String id : System.getProperty("ids", "be-n-plus-one").split(",")) {
            Triples t = Triples.byId(id);
            for (String a : new String[] {System.getProperty("answer", t.strong())}) {
                Evaluation e = new HeuristicAnswerEvaluator()
                        .evaluate(new EvaluationRequest(t.question(), Answer.of(a), null));
                System.out.println(id + " " + e.overall() + " " + e.categories() + "\n flags " + e.flags()
                        + "\n covered " + e.covered());
                e.evidence().forEach(ev -> System.out.println("   [" + ev.note() + "] " + ev.quote()));
                System.out.println(" suggestion: " + e.suggestion());
            }
        }
    }
}
