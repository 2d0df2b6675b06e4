package dev.mocksy.embeddings.minilm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mocksy.evaluation.AnswerEvaluator;
import dev.mocksy.evaluation.AnswerFlag;
import dev.mocksy.evaluation.Evaluation;
import dev.mocksy.evaluation.EvaluationRequest;
import dev.mocksy.evaluation.HeuristicAnswerEvaluator;
import dev.mocksy.internal.MocksyJson;
import dev.mocksy.interview.Answer;
import dev.mocksy.question.Question;
import dev.mocksy.question.QuestionBank;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Key points by meaning, measured on a paraphrase set written for this module: sentences that state a bank key point
 * in other words than its terms, and distractors that are unrelated or state the point in reverse.
 */
class MeaningMatchingIT {

    private static JsonNode set;

    private final HeuristicAnswerEvaluator words = new HeuristicAnswerEvaluator();
    private final HeuristicAnswerEvaluator meaning = new HeuristicAnswerEvaluator(MiniLmTextEmbedder.shared());

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = MeaningMatchingIT.class.getResourceAsStream("paraphrases.json")) {
            set = MocksyJson.mapper().readTree(in);
        }
    }

    @Test
    void should_credit_many_more_paraphrased_key_points_than_words_alone() {
        int total = 0;
        int byWords = 0;
        int byMeaning = 0;
        for (JsonNode item : set.get("paraphrases")) {
            Question question = question(item);
            String point = question.keyPoints().get(item.get("point").asInt()).point();
            total++;
            if (covers(words, question, item.get("text").asText(), point)) {
                byWords++;
            }
            if (covers(meaning, question, item.get("text").asText(), point)) {
                byMeaning++;
            }
        }
        System.out.printf(
                "paraphrase set: %d sentences; covered by words %d (%.0f%%), with meaning %d (%.0f%%)%n",
                total, byWords, 100.0 * byWords / total, byMeaning, 100.0 * byMeaning / total);
        assertThat(byMeaning).isGreaterThanOrEqualTo(byWords);
        assertThat((double) byMeaning / total).isGreaterThanOrEqualTo(0.7);
        assertThat(byMeaning - byWords).isGreaterThanOrEqualTo(total / 3);
    }

    @Test
    void should_not_credit_unrelated_or_reversed_sentences() {
        int credited = 0;
        for (JsonNode item : set.get("distractors")) {
            Question question = question(item);
            String point = question.keyPoints().get(item.get("point").asInt()).point();
            if (covers(meaning, question, item.get("text").asText(), point)) {
                credited++;
                System.out.println("distractor credited: " + item.get("text").asText());
            }
        }
        assertThat(credited).isZero();
    }

    @Test
    void should_still_catch_a_reversed_point_stated_in_other_words() {
        Question question =
                QuestionBank.defaultBank().byId("be-java-threads-01").orElseThrow();

        Evaluation evaluation = meaning.evaluate(new EvaluationRequest(
                question,
                Answer.of("Virtual threads are heavier than platform threads because each has its own OS thread, so"
                        + " you should only use a few of them."),
                null));

        assertThat(evaluation.flags()).contains(AnswerFlag.INCORRECT_CLAIM);
        assertThat(evaluation.covered())
                .doesNotContain("Virtual threads are cheap threads scheduled by the JVM onto carrier threads");
        assertThat(evaluation.overall()).isLessThanOrEqualTo(5.0);
    }

    @Test
    void should_give_the_facades_offline_evaluator_the_embedder_on_the_class_path() {
        AnswerEvaluator evaluator =
                dev.mocksy.Mocksy.builder().isolated().build().answerEvaluator();

        assertThat(evaluator).isInstanceOf(HeuristicAnswerEvaluator.class);
        assertThat(((HeuristicAnswerEvaluator) evaluator).matchesMeaning()).isTrue();
    }

    private static Question question(JsonNode item) {
        return QuestionBank.defaultBank().byId(item.get("question").asText()).orElseThrow();
    }

    private static boolean covers(HeuristicAnswerEvaluator evaluator, Question question, String text, String point) {
        Evaluation evaluation = evaluator.evaluate(new EvaluationRequest(question, Answer.of(text), null));
        return evaluation.covered().contains(point);
    }
}
