package dev.mocksy.evaluation;

import dev.mocksy.interview.Answer;
import org.junit.jupiter.api.Test;

class ScratchProbeTest {
    void show(String id, String a) {
        Triples t = Triples.byId(id);
        Evaluation e = new HeuristicAnswerEvaluator().evaluate(new EvaluationRequest(t.question(), Answer.of(a), null));
        System.out.println("== " + a.substring(0, Math.min(80, a.length())) + "\n  " + e.overall() + " " + e.flags()
                + " cov " + e.covered().size() + " | " + e.suggestion());
    }

    @Test
    void probe() {
        show(
                "be-sql-index",
                "- B-tree index avoids a full table scan\n- Every insert must update each index, so writes get slower\n- Low selectivity columns gain little\n- Composite index: column order matters (leftmost prefix)\n- Costs disk space and memory");
        show(
                "be-sql-index",
                "I think, maybe, indexes are probably B-trees, I guess, so the database can maybe skip a full table scan. I'm not sure, but I believe writes might get slower because every insert probably has to update the index. Maybe selectivity matters too, I think.");
        show(
                "beh-conflict",
                "Tell me about a time you disagreed with a teammate about a technical decision. A time I disagreed with a teammate about a technical decision.");
        show(
                "ds-sql-window",
                "Window functions like ROW_NUMBER() OVER (PARTITION BY customer_id ORDER BY created_at) keep each row. GROUP BY collapses rows.");
    }
}
