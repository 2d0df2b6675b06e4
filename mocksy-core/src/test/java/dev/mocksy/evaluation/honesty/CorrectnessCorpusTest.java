package dev.mocksy.evaluation.honesty;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mocksy.evaluation.AnswerEvaluator;
import dev.mocksy.evaluation.AnswerFlag;
import dev.mocksy.evaluation.Evaluation;
import dev.mocksy.evaluation.EvaluationRequest;
import dev.mocksy.evaluation.Evidence;
import dev.mocksy.evaluation.HeuristicAnswerEvaluator;
import dev.mocksy.interview.Answer;
import dev.mocksy.question.Question;
import org.junit.jupiter.api.Test;

/**
 * Correctness, not only coverage, on 24 pairs written here: a correct answer and a confidently wrong one of similar
 * length that uses the same terms. The wrong one must score below the right one in at least 90% of pairs and never
 * above 5/10, with its wrong claims quoted as "incorrect: ... (correct: ...)".
 */
class CorrectnessCorpusTest {

    private final AnswerEvaluator evaluator = new HeuristicAnswerEvaluator();

    @Test
    void a_confidently_wrong_answer_scores_below_the_right_one_and_at_most_five() {
        JsonNode pairs = Corpus.read("wrong-vs-right.json").get("pairs");
        int below = 0;
        int total = 0;
        double rightSum = 0;
        double wrongSum = 0;
        for (JsonNode pair : pairs) {
            Question question = Corpus.question(pair.get("question").asText());
            Evaluation right = evaluate(question, pair.get("right").asText());
            Evaluation wrong = evaluate(question, pair.get("wrong").asText());
            total++;
            rightSum += right.overall();
            wrongSum += wrong.overall();
            if (wrong.overall() < right.overall()) {
                below++;
            }
            System.out.printf(
                    "%-26s right %4.1f  wrong %4.1f  %s%n",
                    question.id(),
                    right.overall(),
                    wrong.overall(),
                    wrong.incorrectClaims().size() + " caught");
            assertThat(wrong.overall()).as("wrong answer to %s", question.id()).isLessThanOrEqualTo(5.0);
            assertThat(right.flags())
                    .as("right answer to %s", question.id())
                    .doesNotContain(AnswerFlag.INCORRECT_CLAIM);
        }
        System.out.printf(
                "wrong below right in %d/%d pairs (%.0f%%); right average %.2f, wrong average %.2f%n",
                below, total, 100.0 * below / total, rightSum / total, wrongSum / total);
        assertThat(total).isGreaterThanOrEqualTo(20);
        assertThat((double) below / total).isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void the_wrong_claim_is_quoted_with_the_correct_version() {
        JsonNode pair = Corpus.read("wrong-vs-right.json").get("pairs").get(0);
        Question question = Corpus.question(pair.get("question").asText());

        Evaluation wrong = evaluate(question, pair.get("wrong").asText());

        assertThat(wrong.flags()).contains(AnswerFlag.INCORRECT_CLAIM);
        Evidence evidence = wrong.incorrectClaims().get(0);
        assertThat(pair.get("wrong").asText()).contains(evidence.quote());
        assertThat(evidence.note()).startsWith("incorrect: ").contains("(correct: ");
    }

    private Evaluation evaluate(Question question, String answer) {
        return evaluator.evaluate(new EvaluationRequest(question, Answer.of(answer), null));
    }
}
