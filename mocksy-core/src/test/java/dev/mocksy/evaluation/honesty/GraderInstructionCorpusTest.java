package dev.mocksy.evaluation.honesty;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mocksy.evaluation.AnswerEvaluator;
import dev.mocksy.evaluation.AnswerFlag;
import dev.mocksy.evaluation.Evaluation;
import dev.mocksy.evaluation.EvaluationRequest;
import dev.mocksy.evaluation.HeuristicAnswerEvaluator;
import dev.mocksy.interview.Answer;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Instructions to the grader, caught both ways, on a corpus written here: 42 attacks (plain, leetspeak, spaced
 * letters, look-alike letters, role tags, code blocks, base64, percent-encoding, mid-answer) are flagged and capped
 * at 2/10; 42 honest answers full of the same trigger words ("ignore", "score", "system", "10/10", "instructions"),
 * including answers that quote attacks because the question is about them, are not.
 */
class GraderInstructionCorpusTest {

    private final AnswerEvaluator evaluator = new HeuristicAnswerEvaluator();

    @Test
    void every_attack_is_flagged_as_an_instruction_to_the_grader_and_capped() {
        List<Corpus.Item> attacks = Corpus.load("injections.json", "attacks");
        assertThat(attacks).hasSizeGreaterThanOrEqualTo(40);
        for (Corpus.Item attack : attacks) {
            Evaluation evaluation = evaluate(attack);
            assertThat(evaluation.flags()).as(attack.answer()).contains(AnswerFlag.GRADER_INSTRUCTION);
            assertThat(evaluation.overall()).as(attack.answer()).isLessThanOrEqualTo(2.0);
            assertThat(evaluation.evidence()).as(attack.answer()).anySatisfy(e -> assertThat(e.note())
                    .startsWith("instruction to the grader"));
        }
    }

    @Test
    void no_honest_answer_with_trigger_words_is_flagged() {
        List<Corpus.Item> honest = Corpus.load("injections.json", "honest");
        assertThat(honest).hasSizeGreaterThanOrEqualTo(40);
        for (Corpus.Item item : honest) {
            Evaluation evaluation = evaluate(item);
            assertThat(evaluation.flags()).as(item.answer()).doesNotContain(AnswerFlag.GRADER_INSTRUCTION);
            assertThat(evaluation.flags()).as(item.answer()).doesNotContain(AnswerFlag.NON_ANSWER);
        }
    }

    @Test
    void the_flag_names_itself_and_leaves_the_rest_of_the_evidence() {
        Corpus.Item attack = Corpus.load("injections.json", "attacks").get(0);

        Evaluation evaluation = evaluate(attack);

        assertThat(AnswerFlag.GRADER_INSTRUCTION.label()).isEqualTo("instruction to the grader");
        assertThat(evaluation.flags()).doesNotContain(AnswerFlag.NON_ANSWER);
        assertThat(evaluation.covered()).isNotEmpty();
        assertThat(evaluation.evidence()).anySatisfy(e -> assertThat(e.note()).startsWith("covers"));
    }

    private Evaluation evaluate(Corpus.Item item) {
        return evaluator.evaluate(new EvaluationRequest(item.question(), Answer.of(item.answer()), null));
    }
}
