package dev.mocksy.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mocksy.interview.Answer;
import dev.mocksy.interview.InterviewType;
import dev.mocksy.question.Question;
import org.junit.jupiter.api.Test;

/** Odd input never breaks the evaluator: it always returns a complete evaluation with quotes from the answer. */
class BadInputTest {

    private final HeuristicAnswerEvaluator evaluator = new HeuristicAnswerEvaluator();

    @Test
    void should_evaluate_a_twenty_thousand_character_answer_without_rewarding_its_length() {
        StringBuilder answer = new StringBuilder();
        int i = 0;
        while (answer.length() < 20_000) {
            answer.append("Sentence ")
                    .append(i++)
                    .append(": a join combines rows of two tables, and that is really all there is to it. ");
        }

        Evaluation evaluation = evaluate(Questions.SQL_JOINS, answer.toString());

        assertComplete(evaluation, answer.toString());
        assertThat(evaluation.overall())
                .isLessThan(evaluate(Questions.SQL_JOINS, Questions.SQL_JOINS_ANSWER)
                        .overall());
    }

    @Test
    void should_evaluate_an_answer_with_control_characters() {
        String answer =
                "An inner join\u0000 returns only\u0007 matching rows\u001b[31m in both tables,\r\n while a left"
                        + " join keeps every row of the left table\u0008 and fills NULL.";

        Evaluation evaluation = evaluate(Questions.SQL_JOINS, answer);

        assertComplete(evaluation, answer);
        assertThat(evaluation.covered()).isNotEmpty();
    }

    @Test
    void should_evaluate_an_answer_with_emoji() {
        String answer = "\uD83D\uDE80 An inner join returns only the matching rows in both tables \uD83D\uDC4D, while a"
                + " left join keeps every row of the left table \uD83D\uDE0A and the missing columns are NULL.";

        Evaluation evaluation = evaluate(Questions.SQL_JOINS, answer);

        assertComplete(evaluation, answer);
        assertThat(evaluation.covered()).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void should_flag_only_emoji_as_a_non_answer() {
        String answer = "\uD83D\uDE80\uD83D\uDE80\uD83D\uDC4D";

        Evaluation evaluation = evaluate(Questions.SQL_JOINS, answer);

        assertComplete(evaluation, answer);
        assertThat(evaluation.flags()).contains(AnswerFlag.NON_ANSWER);
        assertThat(evaluation.overall()).isLessThanOrEqualTo(2.0);
    }

    @Test
    void should_flag_only_punctuation_as_a_non_answer() {
        for (String answer : new String[] {"...", "?!?!?!", "-- ;; ,, ..", "."}) {
            Evaluation evaluation = evaluate(Questions.SQL_JOINS, answer);

            assertComplete(evaluation, answer);
            assertThat(evaluation.flags()).contains(AnswerFlag.NON_ANSWER);
            assertThat(evaluation.overall()).isLessThanOrEqualTo(2.0);
        }
    }

    @Test
    void should_evaluate_only_a_code_block_and_ask_for_an_explanation() {
        String answer = "```sql\nSELECT c.id, o.id\nFROM customers c\nLEFT JOIN orders o ON o.customer_id = c.id;\n```";

        Evaluation evaluation = evaluate(Questions.SQL_JOINS, answer);

        assertComplete(evaluation, answer);
        assertThat(evaluation.flags()).doesNotContain(AnswerFlag.GIBBERISH);
        assertThat(evaluation.suggestion()).containsIgnoringCase("explain the code");
    }

    @Test
    void should_evaluate_a_one_line_question_with_no_content_words() {
        Question question = Question.adHoc("Why?", InterviewType.TECHNICAL);
        String answer = "Because the index lets the database skip the full table scan, which is 40 times faster here.";

        Evaluation evaluation = evaluate(question, answer);

        assertComplete(evaluation, answer);
    }

    private void assertComplete(Evaluation evaluation, String answer) {
        assertThat(evaluation.categories()).containsOnlyKeys(RubricCategory.values());
        assertThat(evaluation.categories().values())
                .allSatisfy(score -> assertThat(score).isBetween(0.0, 10.0));
        assertThat(evaluation.overall()).isBetween(0.0, 10.0);
        assertThat(evaluation.suggestion()).isNotBlank();
        assertThat(evaluation.evidence())
                .allSatisfy(evidence -> assertThat(answer).contains(evidence.quote()));
    }

    private Evaluation evaluate(Question question, String answer) {
        return evaluator.evaluate(new EvaluationRequest(question, Answer.of(answer), null));
    }
}
