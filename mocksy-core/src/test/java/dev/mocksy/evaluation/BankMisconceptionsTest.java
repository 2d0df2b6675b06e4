package dev.mocksy.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mocksy.interview.Answer;
import dev.mocksy.interview.InterviewType;
import dev.mocksy.question.Misconception;
import dev.mocksy.question.Question;
import dev.mocksy.question.QuestionBank;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every technical bank question knows its common misconceptions, and they catch wrong answers only. */
class BankMisconceptionsTest {

    private final HeuristicAnswerEvaluator evaluator = new HeuristicAnswerEvaluator();

    static Stream<Question> technical() {
        return QuestionBank.defaultBank().questions().stream().filter(q -> q.type() == InterviewType.TECHNICAL);
    }

    @Test
    void every_technical_question_has_misconceptions_with_a_correction() {
        assertThat(technical()).allSatisfy(question -> {
            assertThat(question.misconceptions()).as(question.id()).isNotEmpty();
            assertThat(question.misconceptions())
                    .allSatisfy(
                            m -> assertThat(m.correction()).as(question.id()).isNotBlank());
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("technical")
    void a_misconception_stated_as_the_answer_is_caught_with_its_correction(Question question) {
        for (Misconception misconception : question.misconceptions()) {
            for (String phrasing : misconception.phrasings()) {
                Evaluation evaluation = evaluate(question, "I am quite sure about this one: " + phrasing + ".");
                assertThat(evaluation.flags())
                        .as("%s: \"%s\"", question.id(), phrasing)
                        .contains(AnswerFlag.INCORRECT_CLAIM);
                assertThat(evaluation.incorrectClaims()).as(question.id()).anySatisfy(e -> assertThat(e.note())
                        .contains(misconception.correction()));
                assertThat(evaluation.overall()).as(question.id()).isLessThanOrEqualTo(5.0);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("technical")
    void the_questions_own_model_answer_is_not_taken_for_a_misconception(Question question) {
        Evaluation evaluation = evaluate(question, String.join(" ", modelAnswerSentences(question)));
        assertThat(evaluation.incorrectClaims()).as(question.id()).isEmpty();
    }

    private static List<String> modelAnswerSentences(Question question) {
        return question.modelAnswer().stream()
                .map(line -> line.strip().endsWith(".") ? line.strip() : line.strip() + ".")
                .toList();
    }

    private Evaluation evaluate(Question question, String answer) {
        return evaluator.evaluate(new EvaluationRequest(question, Answer.of(answer), null));
    }
}
