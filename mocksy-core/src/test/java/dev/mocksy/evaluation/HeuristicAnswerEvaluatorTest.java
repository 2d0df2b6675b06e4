package dev.mocksy.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mocksy.interview.Answer;
import dev.mocksy.interview.InterviewType;
import dev.mocksy.question.FollowUpPrompt;
import dev.mocksy.question.KeyPoint;
import dev.mocksy.question.Question;
import dev.mocksy.spi.AnswerEvaluatorProvider;
import dev.mocksy.spi.ProviderConfig;
import dev.mocksy.spi.ProviderContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** What every heuristic evaluation promises: complete rubric, verbatim evidence, honest coverage, one suggestion. */
class HeuristicAnswerEvaluatorTest {

    private final HeuristicAnswerEvaluator evaluator = new HeuristicAnswerEvaluator();

    @Test
    void should_quote_only_text_that_appears_verbatim_in_the_answer() {
        for (Triples triple : Triples.load()) {
            for (String answer : List.of(triple.strong(), triple.weak())) {
                Evaluation evaluation = evaluate(triple.question(), answer);
                assertThat(evaluation.evidence())
                        .as("evidence of %s", triple.id())
                        .isNotEmpty()
                        .allSatisfy(evidence -> assertThat(answer).contains(evidence.quote()));
            }
        }
    }

    @Test
    void should_split_the_key_points_exactly_into_covered_and_missed() {
        for (Triples triple : Triples.load()) {
            for (String answer : List.of(triple.strong(), triple.weak(), "", "I don't know")) {
                Evaluation evaluation = evaluate(triple.question(), answer);
                List<String> all = new ArrayList<>(evaluation.covered());
                all.addAll(evaluation.missed());
                assertThat(all)
                        .as("covered + missed of %s", triple.id())
                        .containsExactlyInAnyOrderElementsOf(triple.question().keyPoints().stream()
                                .map(KeyPoint::point)
                                .toList());
            }
        }
    }

    @Test
    void should_score_every_rubric_category_between_zero_and_ten() {
        for (Triples triple : Triples.load()) {
            Evaluation evaluation = evaluate(triple.question(), triple.strong());
            assertThat(evaluation.categories()).containsOnlyKeys(RubricCategory.values());
            assertThat(evaluation.categories().values())
                    .allSatisfy(score -> assertThat(score).isBetween(0.0, 10.0));
            assertThat(evaluation.overall()).isBetween(0.0, 10.0);
            assertThat(evaluation.method()).isEqualTo("heuristic");
            assertThat(evaluation.suggestion()).isNotBlank();
        }
    }

    @Test
    void should_cite_the_sentence_that_covered_a_key_point() {
        Evaluation evaluation = evaluate(Questions.SQL_JOINS, Questions.SQL_JOINS_ANSWER);

        assertThat(evaluation.covered()).contains("Columns from the right table are NULL when nothing matches");
        assertThat(evaluation.evidence()).anySatisfy(evidence -> {
            assertThat(evidence.note()).isEqualTo("covers: A left join keeps every row of the left table");
            assertThat(evidence.quote()).startsWith("A LEFT JOIN keeps every row of the left table");
        });
    }

    @Test
    void should_match_key_point_terms_across_inflections_spellings_and_word_order() {
        Question question = question(
                InterviewType.TECHNICAL,
                "When would you denormalise a schema?",
                new KeyPoint("Reads get faster", List.of("faster reads")),
                new KeyPoint("There is a trade-off with consistency", List.of("trade-off")),
                new KeyPoint("Updates must be kept in sync", List.of("keep copies in sync", "update anomalies")),
                new KeyPoint("Normalisation avoids duplication", List.of("normalization")));

        Evaluation evaluation = evaluate(
                question,
                "I denormalize when reads are much faster with the data duplicated, for example an order total stored"
                        + " on the order row. The tradeoff is consistency, because each update anomaly has to be"
                        + " handled and copies must be kept in sync by the writer. A normalised schema stores each"
                        + " fact once, which is what I start with.");

        assertThat(evaluation.covered())
                .containsExactlyInAnyOrder(
                        "Reads get faster",
                        "There is a trade-off with consistency",
                        "Updates must be kept in sync",
                        "Normalisation avoids duplication");
    }

    @Test
    void should_credit_only_one_key_point_of_a_short_sentence_that_names_many() {
        Triples triple = Triples.byId("be-sql-index");

        Evaluation stuffed = evaluate(
                triple.question(),
                "I think indexes are about b-trees, write overhead, selectivity, composite indexes and storage.");
        Evaluation explained = evaluate(
                triple.question(),
                "An index is a B-tree, so a lookup avoids a full table scan. Indexes slow down writes because every"
                        + " insert must update them. Columns with low selectivity gain little. In a composite index the"
                        + " column order matters. Every index also costs disk space and memory.");

        assertThat(stuffed.covered()).hasSize(1);
        assertThat(stuffed.overall()).isLessThan(4.0);
        assertThat(explained.covered()).hasSize(5);
        assertThat(explained.overall()).isGreaterThan(stuffed.overall() + 3);
    }

    @Test
    void should_ask_for_a_measured_result_when_a_behavioral_story_has_none() {
        Evaluation evaluation = evaluate(
                Questions.TEAM_CONFLICT,
                "Last year my manager wanted to skip the load test before a big launch. I disagreed because the new"
                        + " search service had never seen real traffic and I was concerned about the risk. I raised it"
                        + " with him privately in our one-on-one and I proposed a two-day test with recorded traffic."
                        + " I ran the test myself and I found a connection leak. In the end he agreed and we fixed it"
                        + " before launch.");

        assertThat(evaluation.suggestion()).containsIgnoringCase("result with a number");
        assertThat(evaluation.overall()).isGreaterThan(5.0);
    }

    @Test
    void should_prefer_a_real_story_to_a_description_of_oneself_in_behavioral_answers() {
        String story = "Last year my manager wanted to skip the load test before a big launch. I disagreed because"
                + " the new search service had never seen real traffic. I raised it with him privately and I proposed"
                + " a two-day test. I ran it myself and I found a connection leak that would have taken the site down"
                + " at about 300 requests per second. In the end he agreed, we fixed it, and the launch had zero"
                + " incidents.";
        String generic = "I always believe that disagreeing with a manager is healthy when it is done respectfully."
                + " I usually raise my concerns privately, because I think public disagreement hurts trust. I try to"
                + " listen carefully and I would always look for a compromise that works for everyone. In general I"
                + " find that open communication solves most conflicts, and my managers appreciate my honesty.";

        Evaluation real = evaluate(Questions.TEAM_CONFLICT, story);
        Evaluation vague = evaluate(Questions.TEAM_CONFLICT, generic);

        assertThat(real.overall()).isGreaterThan(vague.overall() + 1.5);
        assertThat(real.score(RubricCategory.COMMUNICATION)).isGreaterThan(vague.score(RubricCategory.COMMUNICATION));
        assertThat(vague.suggestion()).containsIgnoringCase("real story");
    }

    @Test
    void should_quote_a_filler_heavy_sentence_and_suggest_cutting_fillers() {
        Evaluation evaluation = evaluate(
                Questions.SQL_JOINS,
                "Um, so, like, an inner join is, you know, basically only the matching rows in both tables. And uh,"
                        + " a left join, like, keeps all the rows of the left table, um, and the rest is, like, null,"
                        + " you know, basically.");

        assertThat(evaluation.evidence())
                .anySatisfy(evidence -> assertThat(evidence.note()).startsWith("filler words:"));
        assertThat(evaluation.suggestion()).containsIgnoringCase("filler");
        assertThat(evaluation.score(RubricCategory.CONFIDENCE_AND_CLARITY)).isLessThan(6.0);
    }

    @Test
    void should_judge_an_ad_hoc_question_without_key_points_and_say_so() {
        Question question = Question.adHoc(
                "How would you reduce the cold start time of a serverless function?", InterviewType.TECHNICAL);
        String strong = "Cold starts come from creating a new runtime, loading the code and running initialisation."
                + " I would first measure them in the function's logs, then shrink the deployment package, because a"
                + " 50 MB bundle takes longer to load than a 5 MB one. I would move heavy initialisation out of the"
                + " request path, prefer a runtime like Node or Go over a large JVM application, and for latency"
                + " sensitive endpoints keep a few instances warm with provisioned concurrency, which costs money"
                + " but removes the cold start for that traffic.";
        String vague = "Serverless is great because it scales automatically. Cold starts are usually not a big"
                + " problem, and the cloud provider handles most of it for you. I would just follow best practices.";

        Evaluation good = evaluate(question, strong);
        Evaluation bad = evaluate(question, vague);

        assertThat(good.suggestion()).startsWith("No key points were available for this question");
        assertThat(good.covered()).isEmpty();
        assertThat(good.missed()).isEmpty();
        assertThat(good.overall()).isGreaterThan(bad.overall() + 1.5);
        assertThat(good.overall()).isGreaterThanOrEqualTo(5.0);
    }

    @Test
    void should_score_what_was_captured_when_time_ran_out() {
        String captured = Questions.SQL_JOINS_ANSWER.substring(0, Questions.SQL_JOINS_ANSWER.indexOf("That is how"));

        Evaluation evaluation =
                evaluator.evaluate(new EvaluationRequest(Questions.SQL_JOINS, Answer.timedOut(captured), null));

        assertThat(evaluation.flags()).contains(AnswerFlag.TIMED_OUT).doesNotContain(AnswerFlag.NON_ANSWER);
        assertThat(evaluation.covered()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(evaluation.overall()).isGreaterThan(2.0);
        assertThat(evaluation.suggestion()).contains("Time ran out");
    }

    @Test
    void should_flag_a_timed_out_answer_with_nothing_captured_as_a_non_answer() {
        Evaluation evaluation =
                evaluator.evaluate(new EvaluationRequest(Questions.SQL_JOINS, Answer.timedOut(""), null));

        assertThat(evaluation.flags()).contains(AnswerFlag.TIMED_OUT, AnswerFlag.NON_ANSWER, AnswerFlag.TOO_SHORT);
        assertThat(evaluation.overall()).isLessThanOrEqualTo(2.0);
    }

    @Test
    void should_not_reward_rambling_repetition_of_a_long_answer() {
        Triples triple = Triples.byId("be-sql-index");
        String once = triple.weak();
        String repeated = String.join(" ", java.util.Collections.nCopies(40, once));

        Evaluation short_ = evaluate(triple.question(), once);
        Evaluation rambling = evaluate(triple.question(), repeated);

        assertThat(repeated.length()).isGreaterThan(20_000);
        assertThat(rambling.overall()).isLessThanOrEqualTo(short_.overall());
        assertThat(rambling.overall())
                .isLessThan(evaluate(triple.question(), triple.strong()).overall() - 2);
    }

    @Test
    void should_accept_code_as_evidence_in_a_technical_answer() {
        String answer = "A LEFT JOIN keeps every row of the left table, so I use it to find customers without orders:\n"
                + "```sql\n"
                + "SELECT c.id FROM customers c\n"
                + "LEFT JOIN orders o ON o.customer_id = c.id\n"
                + "WHERE o.id IS NULL;\n"
                + "```\n"
                + "The order columns are NULL for those customers, which is what the WHERE clause tests.";

        Evaluation evaluation = evaluate(Questions.SQL_JOINS, answer);

        assertThat(evaluation.flags()).isEmpty();
        assertThat(evaluation.covered()).contains("A left join keeps every row of the left table");
        assertThat(evaluation.overall()).isGreaterThan(4.0);
    }

    @Test
    void should_say_when_an_answer_is_not_in_english_instead_of_calling_it_gibberish() {
        Evaluation spanish = evaluate(
                Questions.SQL_JOINS,
                "Un INNER JOIN devuelve solo las filas que tienen coincidencia en las dos tablas, pero un LEFT JOIN"
                        + " conserva todas las filas de la tabla de la izquierda y pone NULL cuando no hay coincidencia.");
        Evaluation japanese = evaluate(Questions.SQL_JOINS, "内部結合は両方のテーブルで一致する行だけを返します。左外部結合は左のテーブルのすべての行を残します。");

        for (Evaluation evaluation : List.of(spanish, japanese)) {
            assertThat(evaluation.flags()).contains(AnswerFlag.NOT_ENGLISH).doesNotContain(AnswerFlag.GIBBERISH);
            assertThat(evaluation.suggestion()).contains("English");
        }
    }

    @Test
    void should_be_found_by_the_service_loader_with_id_heuristic_and_a_negative_priority() {
        List<AnswerEvaluatorProvider> providers = ServiceLoader.load(AnswerEvaluatorProvider.class).stream()
                .map(ServiceLoader.Provider::get)
                .filter(p -> p instanceof HeuristicAnswerEvaluatorProvider)
                .toList();

        assertThat(providers).hasSize(1);
        AnswerEvaluatorProvider provider = providers.get(0);
        assertThat(provider.id()).isEqualTo("heuristic");
        assertThat(provider.priority()).isEqualTo(-10);
        assertThat(provider.create(ProviderContext.of(ProviderConfig.isolated(Map.of()))))
                .isInstanceOf(HeuristicAnswerEvaluator.class);
    }

    @Test
    void should_give_the_same_result_when_called_from_many_threads_at_once() {
        Triples triple = Triples.byId("sd-rate-limiter");
        Evaluation expected = evaluate(triple.question(), triple.strong());

        List<Evaluation> results = Stream.generate(() -> triple)
                .limit(64)
                .parallel()
                .map(t -> evaluate(t.question(), t.strong()))
                .toList();

        assertThat(results).allSatisfy(result -> assertThat(result).isEqualTo(expected));
    }

    private Evaluation evaluate(Question question, String answer) {
        return evaluator.evaluate(new EvaluationRequest(question, Answer.of(answer), null));
    }

    private static Question question(InterviewType type, String text, KeyPoint... keyPoints) {
        return new Question(
                "test-" + Integer.toHexString(text.hashCode()),
                text,
                type,
                null,
                null,
                dev.mocksy.interview.Difficulty.MEDIUM,
                null,
                null,
                List.of(keyPoints),
                FollowUpPrompt.ofTexts(null),
                null,
                List.of(),
                null);
    }
}
