package dev.mocksy.question;

import static dev.mocksy.question.Fixtures.evaluation;
import static dev.mocksy.question.Fixtures.followUpTurn;
import static dev.mocksy.question.Fixtures.mainTurn;
import static dev.mocksy.question.Fixtures.turn;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mocksy.evaluation.AnswerFlag;
import dev.mocksy.interview.Answer;
import dev.mocksy.interview.Difficulty;
import dev.mocksy.interview.InterviewPlan;
import dev.mocksy.interview.InterviewType;
import dev.mocksy.interview.Level;
import dev.mocksy.interview.Role;
import dev.mocksy.interview.Turn;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RuleBasedFollowUpsTest {

    private static final KeyPoint STAR_RESULT =
            new KeyPoint("States a measurable result", List.of("result", "percent", "reduced"));
    private static final KeyPoint STAR_ACTION =
            new KeyPoint("Explains their own actions", List.of("i decided", "i built"));

    private static final Question CHALLENGE = new Question(
            "beh-challenge-01",
            "Tell me about the hardest technical challenge you have faced.",
            InterviewType.BEHAVIORAL,
            Set.of(Role.BACKEND),
            Set.of(Level.MID, Level.SENIOR),
            Difficulty.MEDIUM,
            List.of(),
            List.of(),
            List.of(STAR_ACTION, STAR_RESULT),
            FollowUpPrompt.ofTexts(List.of("What would you do differently next time?", "Who else was involved?")),
            List.of("Situation.", "Action.", "Result."),
            List.of(),
            null);

    private static final Question CACHING = new Question(
            "be-cache-01",
            "How would you add a cache to a slow read-heavy service?",
            InterviewType.TECHNICAL,
            Set.of(Role.BACKEND),
            Set.of(),
            Difficulty.MEDIUM,
            List.of("Redis"),
            List.of(),
            List.of(
                    new KeyPoint("Cache-aside with a TTL", List.of("cache aside", "ttl")),
                    new KeyPoint("Invalidation on writes", List.of("invalidate", "invalidation"))),
            FollowUpPrompt.ofTexts(List.of("How would you stop a cache stampede?")),
            List.of("Use cache-aside.", "Invalidate on writes.", "Watch the hit rate."),
            List.of(),
            null);

    private static final String DISTRIBUTED_ANSWER = "I worked on a distributed system at Acme where we processed "
            + "payments for thousands of merchants, and I built the retry logic myself.";

    private final RuleBasedFollowUps rules = RuleBasedFollowUps.standard();

    private static InterviewPlan plan(int maxFollowUps) {
        return InterviewPlan.builder()
                .role(Role.BACKEND)
                .maxFollowUps(maxFollowUps)
                .build();
    }

    @Test
    void should_follow_up_on_a_mentioned_distributed_system_quoting_the_candidate_and_company() {
        // given
        Turn answered = mainTurn(CHALLENGE, DISTRIBUTED_ANSWER, evaluation(6, List.of(STAR_ACTION.point()), List.of()));

        // when
        Optional<FollowUp> followUp = rules.followUp(new FollowUpRequest(plan(2), List.of(answered), null));

        // then
        assertThat(followUp).isPresent();
        assertThat(followUp.get().reason()).isEqualTo("mentioned: distributed system");
        Question question = followUp.get().question();
        assertThat(question.text()).contains("a distributed system at Acme");
        assertThat(question.id()).isEqualTo("beh-challenge-01-f1");
        assertThat(question.type()).isEqualTo(InterviewType.BEHAVIORAL);
        assertThat(question.roles()).isEqualTo(CHALLENGE.roles());
        assertThat(question.levels()).isEqualTo(CHALLENGE.levels());
        assertThat(question.keyPoints()).isNotEmpty();
        assertThat(question.keyPoints()).extracting(KeyPoint::point).anyMatch(point -> point.contains("scaling"));
    }

    @Test
    void should_follow_up_on_the_issues_own_example_sentence() {
        Turn answered =
                mainTurn(CHALLENGE, "I worked on a distributed system at Acme", evaluation(5, List.of(), List.of()));

        FollowUp followUp = rules.followUp(new FollowUpRequest(plan(1), List.of(answered), null))
                .orElseThrow();

        assertThat(followUp.reason()).isEqualTo("mentioned: distributed system");
        assertThat(followUp.question().text()).contains("a distributed system at Acme");
    }

    @Test
    void should_use_the_lexicon_template_with_the_quoted_words() {
        // given: a lexicon with one template, so the exact sentence is known
        MentionLexicon lexicon = MentionLexicon.of(List.of(new MentionLexicon.Topic(
                "distributed system",
                List.of("distributed system"),
                List.of("You mentioned {mention}. How did you scale it, and what broke first?"),
                List.of(new KeyPoint("Scaling", List.of("shard"))))));
        Turn answered = mainTurn(CHALLENGE, DISTRIBUTED_ANSWER, evaluation(6, List.of(), List.of()));

        // when
        FollowUp followUp = new RuleBasedFollowUps(lexicon)
                .followUp(new FollowUpRequest(plan(1), List.of(answered), null))
                .orElseThrow();

        // then
        assertThat(followUp.question().text())
                .isEqualTo("You mentioned a distributed system at Acme. How did you scale it, and what broke first?");
    }

    @Test
    void should_capture_the_company_named_before_the_mention_and_speak_to_the_candidate() {
        // given
        String answer = "At Northwind Traders I led a team of five engineers through our database migration, "
                + "which we finished two weeks early.";
        Turn answered = mainTurn(CHALLENGE, answer, evaluation(6, List.of(), List.of()));

        // when
        FollowUp followUp = rules.followUp(new FollowUpRequest(plan(1), List.of(answered), null))
                .orElseThrow();

        // then: the earliest mention wins
        assertThat(followUp.reason()).isEqualTo("mentioned: led a team");
        assertThat(followUp.question().text()).contains("led a team at Northwind Traders");
    }

    @Test
    void should_not_take_a_tool_looked_at_for_a_company() {
        String answer = "We had an outage last year and I looked at Grafana dashboards all night to find the cause.";
        Turn answered = mainTurn(CHALLENGE, answer, evaluation(6, List.of(), List.of()));

        FollowUp followUp = rules.followUp(new FollowUpRequest(plan(1), List.of(answered), null))
                .orElseThrow();

        assertThat(followUp.reason()).isEqualTo("mentioned: outage");
        assertThat(followUp.question().text()).contains("an outage").doesNotContain("Grafana");
    }

    @Test
    void should_turn_my_and_our_into_your() {
        String answer = "The hardest part was that our microservices shared one database, so every deploy needed "
                + "careful coordination between four teams.";
        Turn answered = mainTurn(CHALLENGE, answer, evaluation(6, List.of(), List.of()));

        FollowUp followUp = rules.followUp(new FollowUpRequest(plan(1), List.of(answered), null))
                .orElseThrow();

        assertThat(followUp.reason()).isEqualTo("mentioned: microservices");
        assertThat(followUp.question().text())
                .contains("your microservices")
                .doesNotContainPattern("\\bour microservices");
    }

    @Test
    void should_ignore_a_negated_mention() {
        // given
        String answer = "I have never used Kubernetes in production, but I deployed our services with plain "
                + "virtual machines and shell scripts for years.";
        Turn answered = mainTurn(CHALLENGE, answer, evaluation(6, List.of(), List.of(STAR_RESULT.point())));

        // when
        FollowUp followUp = rules.followUp(new FollowUpRequest(plan(1), List.of(answered), null))
                .orElseThrow();

        // then: no Kubernetes follow-up; the missed point instead
        assertThat(followUp.reason()).isEqualTo("missed: " + STAR_RESULT.point());
    }

    @Test
    void should_not_treat_the_questions_own_topic_as_a_mention() {
        // given: a caching question answered about caching
        String answer = "I would put a Redis cache in front of the service using cache-aside, with a TTL of a few "
                + "minutes on every key we read.";
        Turn answered = mainTurn(
                CACHING, answer, evaluation(6, List.of("Cache-aside with a TTL"), List.of("Invalidation on writes")));

        // when
        FollowUp followUp = rules.followUp(new FollowUpRequest(plan(1), List.of(answered), null))
                .orElseThrow();

        // then
        assertThat(followUp.reason()).isEqualTo("missed: Invalidation on writes");
    }

    @Test
    void should_not_follow_up_on_a_mention_in_a_short_fragment() {
        Turn answered = mainTurn(CHALLENGE, "A distributed system at Acme.", evaluation(5, List.of(), List.of()));

        FollowUp followUp = rules.followUp(new FollowUpRequest(plan(1), List.of(answered), null))
                .orElseThrow();

        assertThat(followUp.reason()).doesNotStartWith("mentioned");
    }

    @Test
    void should_not_follow_up_twice_on_the_same_mentioned_topic_in_a_thread() {
        // given
        Turn first = mainTurn(CHALLENGE, DISTRIBUTED_ANSWER, evaluation(6, List.of(), List.of()));
        FollowUp earlier = rules.followUp(new FollowUpRequest(plan(3), List.of(first), null))
                .orElseThrow();
        Turn second = followUpTurn(
                earlier,
                CHALLENGE.id(),
                "The distributed system was sharded by merchant id and we added read replicas when reads grew.",
                evaluation(6, List.of(), List.of("Explains consistency and its trade-offs")));

        // when
        FollowUp next = rules.followUp(new FollowUpRequest(plan(3), List.of(first, second), null))
                .orElseThrow();

        // then
        assertThat(next.reason()).isEqualTo("missed: Explains consistency and its trade-offs");
        assertThat(next.question().id()).isEqualTo("beh-challenge-01-f2");
    }

    @Test
    void should_ask_about_the_most_important_missed_key_point() {
        // given: both points missed; the action is listed first in the question, so it matters most
        Turn answered = mainTurn(
                CHALLENGE,
                "It was a hard bug in the billing code that took a while to find and fix.",
                evaluation(4, List.of(), List.of(STAR_RESULT.point(), STAR_ACTION.point())));

        // when
        FollowUp followUp = rules.followUp(new FollowUpRequest(plan(1), List.of(answered), null))
                .orElseThrow();

        // then
        assertThat(followUp.reason()).isEqualTo("missed: Explains their own actions");
        // the wording asks for the point without giving it away
        assertThat(followUp.question().text()).doesNotContainIgnoringCase("Explains their own actions");
        assertThat(followUp.question().keyPoints()).containsExactly(STAR_ACTION);
        assertThat(followUp.question().id()).isEqualTo("beh-challenge-01-f1");
    }

    @Test
    void should_vary_the_wording_of_missed_point_follow_ups() {
        Set<String> openings = new java.util.HashSet<>();
        for (int i = 0; i < 12; i++) {
            Question question = new Question(
                    "q-" + i,
                    "Explain CAP.",
                    InterviewType.TECHNICAL,
                    Set.of(),
                    Set.of(),
                    Difficulty.MEDIUM,
                    List.of(),
                    List.of(),
                    List.of(STAR_RESULT),
                    List.of(),
                    List.of(),
                    List.of(),
                    null);
            Turn answered = mainTurn(
                    question,
                    "Consistency and availability trade off.",
                    evaluation(4, List.of(), List.of(STAR_RESULT.point())));
            String text = rules.followUp(new FollowUpRequest(plan(1), List.of(answered), null))
                    .orElseThrow()
                    .question()
                    .text();
            openings.add(text.substring(0, 10));
        }
        assertThat(openings).hasSizeGreaterThan(1);
    }

    @Test
    void should_turn_a_missed_point_phrased_by_another_evaluator_into_a_key_point() {
        Turn answered = mainTurn(
                CACHING, "Put Redis in front of it.", evaluation(4, List.of(), List.of("Monitoring the hit ratio")));

        FollowUp followUp = rules.followUp(new FollowUpRequest(plan(1), List.of(answered), null))
                .orElseThrow();

        assertThat(followUp.reason()).isEqualTo("missed: Monitoring the hit ratio");
        assertThat(followUp.question().keyPoints()).singleElement().satisfies(keyPoint -> assertThat(keyPoint.terms())
                .contains("monitoring", "ratio"));
    }

    @Test
    void should_dig_deeper_with_the_questions_own_prompts_when_the_answer_is_decent_but_shallow() {
        // given
        Turn answered = mainTurn(
                CACHING,
                "Cache aside with a TTL, and invalidate on writes.",
                evaluation(6, List.of("Cache-aside with a TTL", "Invalidation on writes"), List.of()));

        // when
        FollowUp followUp = rules.followUp(new FollowUpRequest(plan(1), List.of(answered), null))
                .orElseThrow();

        // then
        assertThat(followUp.question().text()).isEqualTo("How would you stop a cache stampede?");
        assertThat(followUp.reason()).startsWith("deeper: ");
        assertThat(followUp.question().id()).isEqualTo("be-cache-01-f1");
    }

    @Test
    void should_not_follow_up_on_a_strong_complete_answer_without_mentions() {
        Turn answered = mainTurn(
                CACHING,
                "Cache aside with a TTL, invalidate on writes, watch the hit rate.",
                evaluation(9, List.of("Cache-aside with a TTL", "Invalidation on writes"), List.of()));

        assertThat(rules.followUp(new FollowUpRequest(plan(1), List.of(answered), null)))
                .isEmpty();
    }

    @Test
    void should_not_follow_up_on_a_skipped_question() {
        Turn skipped =
                turn(CHALLENGE, Answer.skip(), dev.mocksy.evaluation.Evaluation.skipped(List.of(STAR_ACTION.point())));

        assertThat(rules.followUp(new FollowUpRequest(plan(3), List.of(skipped), null)))
                .isEmpty();
    }

    @Test
    void should_not_follow_up_on_a_time_out_with_nothing_captured() {
        Turn timedOut = turn(
                CHALLENGE,
                Answer.timedOut(""),
                evaluation(0, List.of(), List.of(STAR_ACTION.point()), AnswerFlag.TIMED_OUT));

        assertThat(rules.followUp(new FollowUpRequest(plan(3), List.of(timedOut), null)))
                .isEmpty();
    }

    @Test
    void should_follow_up_on_what_was_captured_before_a_time_out() {
        Turn timedOut = turn(
                CHALLENGE,
                Answer.timedOut("I rewrote the importer and"),
                evaluation(3, List.of(), List.of(STAR_RESULT.point()), AnswerFlag.TIMED_OUT));

        assertThat(rules.followUp(new FollowUpRequest(plan(3), List.of(timedOut), null)))
                .get()
                .extracting(FollowUp::reason)
                .isEqualTo("missed: " + STAR_RESULT.point());
    }

    @Test
    void should_not_follow_up_on_a_non_answer_even_if_it_names_a_topic() {
        Turn nonAnswer = mainTurn(
                CHALLENGE,
                "distributed system microservices Kubernetes cache outage deadline conflict code review legacy code",
                evaluation(1, List.of(), List.of(STAR_ACTION.point()), AnswerFlag.NON_ANSWER, AnswerFlag.KEYWORD_LIST));

        assertThat(rules.followUp(new FollowUpRequest(plan(3), List.of(nonAnswer), null)))
                .isEmpty();
    }

    @Test
    void should_respect_the_plans_limit_of_follow_ups_per_question() {
        // given
        Turn first = mainTurn(CHALLENGE, DISTRIBUTED_ANSWER, evaluation(6, List.of(), List.of(STAR_RESULT.point())));
        FollowUp earlier = rules.followUp(new FollowUpRequest(plan(1), List.of(first), null))
                .orElseThrow();
        Turn second = followUpTurn(
                earlier,
                CHALLENGE.id(),
                "We sharded it by merchant.",
                evaluation(5, List.of(), List.of("Explains consistency and its trade-offs")));

        // when / then
        assertThat(rules.followUp(new FollowUpRequest(plan(1), List.of(first, second), null)))
                .isEmpty();
        assertThat(rules.followUp(new FollowUpRequest(plan(0), List.of(first), null)))
                .isEmpty();
        assertThat(rules.followUp(new FollowUpRequest(plan(2), List.of(first, second), null)))
                .isPresent();
    }

    @Test
    void should_ship_a_lexicon_of_at_least_25_topics() {
        assertThat(MentionLexicon.standard().topics()).hasSizeGreaterThanOrEqualTo(25);
        assertThat(MentionLexicon.standard().topics()).allSatisfy(topic -> {
            assertThat(topic.keyPoints()).hasSizeBetween(3, 6);
            assertThat(topic.templates()).hasSizeGreaterThanOrEqualTo(2);
            assertThat(topic.keyPoints()).allSatisfy(keyPoint -> assertThat(keyPoint.terms())
                    .as(topic.topic() + ": " + keyPoint.point())
                    .hasSizeBetween(3, 8)
                    .noneMatch(BankFilesTest.GENERIC_WORDS::contains));
        });
    }

    @Test
    void should_report_an_invalid_lexicon_by_source() {
        var in = new java.io.ByteArrayInputStream(
                "[{\"topic\":\"x\",\"triggers\":[\"x\"],\"templates\":[\"no placeholder\"],\"keyPoints\":[]}]"
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8));

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> MentionLexicon.fromJson("acme-lexicon.json", in))
                .isInstanceOf(QuestionBankException.class)
                .hasMessageContaining("acme-lexicon.json")
                .hasMessageContaining("{mention}");
    }
}
