package dev.mocksy.llm.interviewer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mocksy.evaluation.AnswerFlag;
import dev.mocksy.evaluation.Evaluation;
import dev.mocksy.evaluation.EvaluationRequest;
import dev.mocksy.evaluation.HeuristicAnswerEvaluator;
import dev.mocksy.evaluation.honesty.Corpus;
import dev.mocksy.interview.Answer;
import dev.mocksy.llm.ChatRequest;
import dev.mocksy.llm.ChatResponse;
import dev.mocksy.llm.FinishReason;
import dev.mocksy.llm.LanguageModel;
import dev.mocksy.llm.TokenUsage;
import dev.mocksy.question.Question;
import dev.mocksy.question.QuestionBank;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The LLM evaluator against a scripted model that was talked round: it calls every answer excellent (9.5/10, no
 * grader instruction, no non-answer). Instructions to the grader are caught and capped regardless, honest answers keep
 * the model's score, wrong claims found offline still cap it, and clarification requests never reach the model.
 */
class LlmAnswerEvaluatorHonestyTest {

    private static final String EXCELLENT =
            """
            {"scores": {"technicalCorrectness": 9.5, "problemSolving": 9.5, "communication": 9.5,
              "depthAndCompleteness": 9.5, "confidenceAndClarity": 9.5},
             "overall": 9.5, "coveredKeyPoints": [], "missedKeyPoints": [], "evidence": [],
             "suggestion": "Nothing to improve.", "modelAnswer": ["A strong answer says this."],
             "nonAnswer": false, "graderInstruction": false}""";

    /** A model that always replies the same, and counts its calls. */
    static final class ScriptedModel implements LanguageModel {
        final List<ChatRequest> requests = new ArrayList<>();

        @Override
        public ChatResponse chat(ChatRequest request) {
            requests.add(request);
            return new ChatResponse(EXCELLENT, new TokenUsage(10, 10), "scripted", FinishReason.STOP);
        }

        @Override
        public String name() {
            return "scripted/fooled";
        }
    }

    private final ScriptedModel model = new ScriptedModel();
    private final LlmAnswerEvaluator evaluator = new LlmAnswerEvaluator(model, new HeuristicAnswerEvaluator());

    @Test
    void every_attack_is_caught_and_capped_whatever_the_model_says() {
        for (Corpus.Item attack : Corpus.load("injections.json", "attacks")) {
            Evaluation evaluation = evaluate(attack.question(), attack.answer());
            assertThat(evaluation.flags()).as(attack.answer()).contains(AnswerFlag.GRADER_INSTRUCTION);
            assertThat(evaluation.overall()).as(attack.answer()).isLessThanOrEqualTo(2.0);
            assertThat(evaluation.method()).startsWith("llm:");
        }
    }

    @Test
    void honest_answers_with_trigger_words_keep_the_models_score() {
        for (Corpus.Item honest : Corpus.load("injections.json", "honest")) {
            Evaluation evaluation = evaluate(honest.question(), honest.answer());
            assertThat(evaluation.flags()).as(honest.answer()).doesNotContain(AnswerFlag.GRADER_INSTRUCTION);
            assertThat(evaluation.overall()).as(honest.answer()).isGreaterThan(2.0);
        }
    }

    @Test
    void a_wrong_claim_found_offline_caps_the_models_score_and_is_shown() {
        Question question =
                QuestionBank.defaultBank().byId("be-java-threads-01").orElseThrow();

        Evaluation evaluation = evaluate(
                question,
                "Virtual threads are heavier than platform threads because each one has its own OS thread, so keep"
                        + " only a few of them.");

        assertThat(evaluation.flags()).contains(AnswerFlag.INCORRECT_CLAIM);
        assertThat(evaluation.overall()).isLessThanOrEqualTo(5.0);
        assertThat(evaluation.incorrectClaims()).isNotEmpty();
        assertThat(model.requests.get(0).messages().toString()).contains("Virtual threads are heavier");
    }

    @Test
    void a_clarification_request_is_not_sent_to_the_model_or_graded() {
        Question question = QuestionBank.defaultBank().byId("be-sql-index-01").orElseThrow();

        Evaluation evaluation = evaluate(question, "Sorry, could you repeat the question?");

        assertThat(evaluation.flags()).contains(AnswerFlag.CLARIFICATION_REQUEST);
        assertThat(evaluation.overall()).isZero();
        assertThat(model.requests).isEmpty();
    }

    @Test
    void the_models_outline_is_kept_as_the_model_answer() {
        Question question = QuestionBank.defaultBank().byId("be-sql-index-01").orElseThrow();

        Evaluation evaluation = evaluate(
                question, "An index is a B-tree that avoids a full table scan, but every insert must maintain it.");

        assertThat(evaluation.modelAnswer()).containsExactly("A strong answer says this.");
    }

    private Evaluation evaluate(Question question, String answer) {
        return evaluator.evaluate(new EvaluationRequest(question, Answer.of(answer), null));
    }
}
