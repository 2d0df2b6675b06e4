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
 * Non-answers written here: memorised paragraphs that fit any question, bare keyword lists in every layout, and
 * requests to hear the question again. Each scores at most 2/10 with its flag; clarification requests are not graded.
 */
class NonAnswerCorpusTest {

    private final AnswerEvaluator evaluator = new HeuristicAnswerEvaluator();

    @Test
    void a_paragraph_that_would_fit_any_question_is_flagged_generic_and_capped() {
        assertAll("generic", AnswerFlag.GENERIC);
    }

    @Test
    void a_bare_keyword_list_is_flagged_and_capped_however_it_is_laid_out() {
        assertAll("keywordLists", AnswerFlag.KEYWORD_LIST);
    }

    @Test
    void a_clarification_request_is_flagged_and_not_graded() {
        List<Corpus.Item> items = Corpus.load("non-answers.json", "clarifications");
        for (Corpus.Item item : items) {
            Evaluation evaluation = evaluate(item);
            assertThat(evaluation.flags()).as(item.answer()).contains(AnswerFlag.CLARIFICATION_REQUEST);
            assertThat(evaluation.clarificationRequest()).isTrue();
            assertThat(evaluation.overall()).as(item.answer()).isZero();
            assertThat(evaluation.suggestion()).as(item.answer()).startsWith("Not graded");
        }
    }

    @Test
    void an_answer_that_only_sounds_like_a_request_is_graded() {
        for (Corpus.Item item : Corpus.load("non-answers.json", "answersThatMentionRepeating")) {
            Evaluation evaluation = evaluate(item);
            assertThat(evaluation.flags()).as(item.answer()).doesNotContain(AnswerFlag.CLARIFICATION_REQUEST);
            assertThat(evaluation.nonAnswer()).as(item.answer()).isFalse();
            assertThat(evaluation.overall()).as(item.answer()).isGreaterThan(4.0);
        }
    }

    private void assertAll(String array, AnswerFlag flag) {
        List<Corpus.Item> items = Corpus.load("non-answers.json", array);
        assertThat(items).hasSizeGreaterThanOrEqualTo(8);
        for (Corpus.Item item : items) {
            Evaluation evaluation = evaluate(item);
            assertThat(evaluation.flags()).as(item.answer()).contains(flag, AnswerFlag.NON_ANSWER);
            assertThat(evaluation.overall()).as(item.answer()).isLessThanOrEqualTo(2.0);
        }
    }

    private Evaluation evaluate(Corpus.Item item) {
        return evaluator.evaluate(new EvaluationRequest(item.question(), Answer.of(item.answer()), null));
    }
}
