package dev.mocksy.question;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mocksy.evaluation.AnswerEvaluator;
import dev.mocksy.evaluation.Evaluation;
import dev.mocksy.evaluation.EvaluationRequest;
import dev.mocksy.evaluation.HeuristicAnswerEvaluator;
import dev.mocksy.interview.Answer;
import dev.mocksy.interview.InterviewPlan;
import dev.mocksy.interview.InterviewType;
import dev.mocksy.interview.Role;
import dev.mocksy.interview.Turn;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Follow-ups are questions in their own right: graded against their own key points, worded without giving the answer
 * away, fitting the question's type, redirecting off-topic answers, never re-asking what the candidate declined; and
 * a correct answer to one scores as a correct answer.
 */
class FollowUpsAsQuestionsTest {

    private final AnswerEvaluator evaluator = new HeuristicAnswerEvaluator();
    private final RuleBasedFollowUps rules = RuleBasedFollowUps.standard();
    private final InterviewPlan plan = InterviewPlan.builder()
            .role(Role.BACKEND)
            .type(InterviewType.TECHNICAL)
            .maxFollowUps(2)
            .build();

    @Test
    void a_technical_answer_that_mentions_a_cancelled_project_gets_no_retrospective_question() {
        Question goroutines = bank("be-go-goroutines-01");
        Turn main = answered(
                goroutines,
                "Goroutines are lightweight and scheduled by the Go runtime. When the request is cancelled, the"
                        + " context is cancelled too, and every goroutine that selects on ctx.Done() returns.");

        Optional<FollowUp> followUp = rules.followUp(new FollowUpRequest(plan, List.of(main), null));

        assertThat(followUp).isPresent();
        assertThat(followUp.get().reason()).doesNotContain("failed project");
        assertThat(followUp.get().question().text()).doesNotContainIgnoringCase("looking back");
        assertThat(followUp.get().question().type()).isEqualTo(InterviewType.TECHNICAL);
    }

    @Test
    void a_missed_point_follow_up_never_states_the_point_and_a_correct_answer_to_it_scores_as_correct() {
        Question goroutines = bank("be-go-goroutines-01");
        Turn main = answered(
                goroutines,
                "Goroutines are lightweight and the Go runtime schedules them on a few OS threads. Channels pass values"
                        + " between goroutines, and an unbuffered channel synchronises the sender with the receiver.");

        FollowUp followUp =
                rules.followUp(new FollowUpRequest(plan, List.of(main), null)).orElseThrow();

        assertThat(followUp.reason()).startsWith(RuleBasedFollowUps.MISSED);
        KeyPoint probed = followUp.question().keyPoints().get(0);
        assertThat(followUp.question().keyPoints()).hasSize(1);
        assertThat(followUp.question().text().toLowerCase(Locale.ROOT))
                .doesNotContain(probed.point().toLowerCase(Locale.ROOT).replaceAll("[.!]+$", ""));
        for (String term : probed.terms()) {
            assertThat(followUp.question().text().toLowerCase(Locale.ROOT))
                    .as(term)
                    .doesNotContain(term);
        }
        Evaluation answer = evaluate(
                followUp.question(),
                "A goroutine that is blocked forever on a channel leaks, because nobody will ever receive its value,"
                        + " so it is stuck and never returns. Its stack stays in memory until the process exits.");
        assertThat(answer.covered()).containsExactly(probed.point());
        assertThat(answer.overall()).isGreaterThanOrEqualTo(6.0);
    }

    @Test
    void a_correct_answer_to_a_follow_up_scores_at_least_six_across_bank_questions() {
        record Case(String id, String answer, String followUpAnswer) {}
        List<Case> cases = List.of(
                new Case(
                        "be-sql-index-01",
                        "An index is a B-tree, so the database finds rows without a full table scan.",
                        "Every insert, update and delete has to maintain the index too, so writes get slower; that"
                                + " write overhead grows with each index on the table."),
                new Case(
                        "ops-k8s-probes-01",
                        "A failing liveness probe restarts a stuck container, for example after a deadlock.",
                        "Readiness decides whether the pod gets traffic: when it fails, Kubernetes removes the pod from"
                                + " the Service endpoints, so it stops receiving requests but is not restarted."),
                new Case(
                        "be-kafka-01",
                        "A topic is split into partitions, and each is an ordered, append-only log with offsets.",
                        "Ordering is only guaranteed within a partition. The producer picks the partition from the"
                                + " message key, so all events with the same key stay in order."));
        for (Case c : cases) {
            Turn main = answered(bank(c.id()), c.answer());
            FollowUp followUp = rules.followUp(new FollowUpRequest(plan, List.of(main), null))
                    .orElseThrow();
            Evaluation evaluation = evaluate(followUp.question(), c.followUpAnswer());
            assertThat(evaluation.overall())
                    .as("%s: %s", c.id(), followUp.question().text())
                    .isGreaterThanOrEqualTo(6.0);
        }
    }

    @Test
    void an_off_topic_answer_gets_the_question_again_in_other_words_graded_against_its_own_key_points() {
        Question index = bank("be-sql-index-01");
        Turn main = answered(
                index,
                "Last weekend I went hiking with my family in the mountains, the weather was lovely and we had a picnic"
                        + " by the lake before driving home in the evening.");

        FollowUp followUp =
                rules.followUp(new FollowUpRequest(plan, List.of(main), null)).orElseThrow();

        assertThat(followUp.reason()).startsWith(RuleBasedFollowUps.REDIRECT);
        assertThat(followUp.question().text()).startsWith("Let's come back to the question");
        assertThat(followUp.question().keyPoints()).isEqualTo(index.keyPoints());
        assertThat(followUp.question().text()).doesNotContainIgnoringCase("hiking");
    }

    @Test
    void a_declined_follow_up_ends_the_thread_and_is_not_asked_again_later() {
        Question goroutines = bank("be-go-goroutines-01");
        Turn main = answered(
                goroutines,
                "Goroutines are lightweight and the Go runtime schedules them. Channels pass values between them.");
        FollowUp first =
                rules.followUp(new FollowUpRequest(plan, List.of(main), null)).orElseThrow();
        Turn declined = answeredFollowUp(first, "Sorry, I can't think of an example, I don't know.");

        assertThat(RuleBasedFollowUps.declined(declined)).isTrue();
        assertThat(rules.followUp(new FollowUpRequest(plan, List.of(main, declined), null)))
                .isEmpty();

        // the same question again later in the interview: the declined probe is not repeated
        Turn again = answered(
                goroutines,
                "Goroutines are lightweight and the Go runtime schedules them. Channels pass values between them.");
        List<Turn> history = new ArrayList<>(List.of(main, declined, again));
        Optional<FollowUp> later = rules.followUp(new FollowUpRequest(plan, List.of(again), history));
        later.ifPresent(f ->
                assertThat(f.question().text()).isNotEqualTo(first.question().text()));
        later.ifPresent(f -> assertThat(f.reason()).isNotEqualTo(first.reason()));
    }

    @Test
    void an_authors_follow_up_is_graded_against_its_own_key_points_not_the_main_questions() {
        KeyPoint stampede = new KeyPoint(
                "Stop a stampede with request coalescing or a lock per key",
                List.of("coalesce", "single flight", "lock"));
        Question cache = Question.builder()
                .id("qs-cache-01")
                .text("How would you add a cache to a slow, read-heavy service?")
                .type(InterviewType.TECHNICAL)
                .keyPoints(List.of(
                        new KeyPoint("Cache-aside with a TTL", List.of("cache aside", "ttl")),
                        new KeyPoint("Invalidate on writes", List.of("invalidate", "invalidation"))))
                .followUps(List.of(new FollowUpPrompt("How would you stop a cache stampede?", List.of(stampede))))
                .build();
        Turn main = answered(
                cache,
                "I would use cache-aside with a TTL of five minutes, and invalidate the key whenever a write"
                        + " happens, so readers see fresh data soon after an update.");

        FollowUp followUp =
                rules.followUp(new FollowUpRequest(plan, List.of(main), null)).orElseThrow();

        assertThat(followUp.question().text()).isEqualTo("How would you stop a cache stampede?");
        assertThat(followUp.question().keyPoints()).containsExactly(stampede);
        Evaluation evaluation = evaluate(
                followUp.question(),
                "When a hot key expires, I coalesce the misses with a single flight per key, so only one request"
                        + " rebuilds the value while the others wait for it instead of all hitting the database.");
        assertThat(evaluation.overall()).isGreaterThanOrEqualTo(6.0);
    }

    @Test
    void rephrasing_keeps_the_grading_and_gives_nothing_away() {
        Question index = bank("be-sql-index-01");

        Question again = new BankQuestionGenerator(QuestionBank.defaultBank(), 1L).rephrase(index, "sorry?");

        assertThat(again.id()).isEqualTo(index.id());
        assertThat(again.keyPoints()).isEqualTo(index.keyPoints());
        assertThat(again.text()).isNotEqualTo(index.text()).containsIgnoringCase("database index");
        for (KeyPoint keyPoint : index.keyPoints()) {
            assertThat(again.text()).doesNotContain(keyPoint.point());
        }
    }

    private static Question bank(String id) {
        return QuestionBank.defaultBank().byId(id).orElseThrow();
    }

    private Turn answered(Question question, String text) {
        Answer answer = Answer.of(text);
        return new Turn(
                question, null, null, answer, evaluator.evaluate(new EvaluationRequest(question, answer, null)));
    }

    private Turn answeredFollowUp(FollowUp followUp, String text) {
        Answer answer = Answer.of(text);
        return new Turn(
                followUp.question(),
                "parent",
                followUp.reason(),
                answer,
                evaluator.evaluate(new EvaluationRequest(followUp.question(), answer, null)));
    }

    private Evaluation evaluate(Question question, String text) {
        return evaluator.evaluate(new EvaluationRequest(question, Answer.of(text), null));
    }
}
