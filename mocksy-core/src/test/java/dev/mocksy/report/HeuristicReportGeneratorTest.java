package dev.mocksy.report;

import static dev.mocksy.report.Interviews.CACHE;
import static dev.mocksy.report.Interviews.IDEMPOTENCY;
import static dev.mocksy.report.Interviews.INDEX;
import static dev.mocksy.report.Interviews.LEAK;
import static dev.mocksy.report.Interviews.THREADS;
import static dev.mocksy.report.Interviews.backendPlan;
import static dev.mocksy.report.Journal.scored;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.mocksy.evaluation.AnswerFlag;
import dev.mocksy.evaluation.Evaluation;
import dev.mocksy.evaluation.RubricCategory;
import dev.mocksy.interview.Answer;
import dev.mocksy.interview.InterviewSnapshot;
import dev.mocksy.spi.ProviderConfig;
import dev.mocksy.spi.ProviderContext;
import dev.mocksy.spi.ReportGeneratorProvider;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HeuristicReportGeneratorTest {

    private static final Instant NOW = Instant.parse("2026-11-22T11:00:00Z");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?](\\s|$)");

    private final HeuristicReportGenerator generator = new HeuristicReportGenerator();

    private InterviewReport report(Journal journal) {
        return generator.generate(journal.snapshot(), NOW);
    }

    @Test
    void should_rank_a_strong_interview_above_a_weak_one() {
        // given the same five questions answered well and badly
        InterviewReport strong = report(Interviews.strongBackend());
        InterviewReport weak = report(Interviews.weakBackend());

        // then the scores are the means of the answers' scores, times ten
        assertThat(strong.overall()).isEqualTo(82);
        assertThat(weak.overall()).isEqualTo(30);
        assertThat(strong.categories().get(RubricCategory.CONFIDENCE_AND_CLARITY))
                .isCloseTo(7.0, within(0.001));
        assertThat(weak.categories().get(RubricCategory.PROBLEM_SOLVING)).isCloseTo(2.1, within(0.001));
        for (RubricCategory category : RubricCategory.values()) {
            assertThat(strong.categories().get(category))
                    .isGreaterThan(weak.categories().get(category));
        }
    }

    @Test
    void should_back_strengths_of_a_strong_interview_with_scores_and_quotes() {
        // when
        InterviewReport report = report(Interviews.strongBackend());

        // then the strengths name real strong categories, with a quote from the best answer
        assertThat(report.strengths()).hasSizeBetween(2, 4);
        assertThat(report.strengths().get(0))
                .startsWith("Technical correctness was a strength: 8.2/10")
                .contains("\"What is the difference between a process and a thread?\" (9.0/10)")
                .contains("\"Threads of one process share the heap\"");
        assertThat(report.strengths()).anySatisfy(s -> assertThat(s).contains("You covered 10 of 10 key points"));
        // and no two strengths quote the same answer when another strong one exists
        assertThat(report.strengths().get(1)).doesNotContain("Threads of one process share the heap");
        // and the improvement is the lowest area, honestly called a high score
        assertThat(report.improvements()).hasSizeBetween(2, 4);
        assertThat(report.improvements().get(0))
                .startsWith("Confidence and clarity was your lowest-scoring area (7.0/10 on average")
                .contains("\"How do you find a memory leak in a Java service?\" (6.5/10)");
    }

    @Test
    void should_not_call_anything_a_strength_outright_in_a_weak_interview() {
        // when
        InterviewReport report = report(Interviews.weakBackend());

        // then strengths are only relative, and the improvements name the real gaps
        assertThat(report.strengths()).hasSizeBetween(2, 4).noneMatch(s -> s.contains("was a strength"));
        assertThat(report.strengths().get(0)).startsWith("Your relatively strongest area was");
        assertThat(report.improvements().get(0))
                .startsWith("Problem solving was your weakest area (2.1/10 on average")
                .contains("(1.0/10)");
        assertThat(report.improvements())
                .anySatisfy(
                        i -> assertThat(i).startsWith("You missed 8 key points").contains("Indexes slow down writes"));
        assertThat(report.assessment())
                .contains("scored 30/100 over 5 answered questions, which is well below what the level expects")
                .contains("The biggest gap was problem solving (2.1/10)");
    }

    @Test
    void should_derive_action_items_from_the_weaknesses_of_a_technical_interview() {
        // when
        List<String> items = report(Interviews.weakBackend()).actionItems();

        // then: missed points (coverage 2 of 10) first, then problem solving (2.1) and its trade-offs, then the rest
        assertThat(items).hasSizeBetween(3, 5);
        assertThat(items.get(0))
                .startsWith("Explain each point you missed aloud")
                .contains("\"Indexes slow down writes\"");
        assertThat(items).anySatisfy(i -> assertThat(i).startsWith("Practise comparing two options"));
        assertThat(items).anySatisfy(i -> assertThat(i).startsWith("Think aloud on problem questions"));
        assertThat(items).anySatisfy(i -> assertThat(i)
                .startsWith("Quantify your results")
                .contains("none of your answers contained a number"));
        assertThat(items).noneMatch(i -> i.contains("STAR"));
    }

    @Test
    void should_recommend_star_for_weak_behavioral_answers() {
        // when
        InterviewReport report = report(Interviews.weakBehavioral());

        // then
        assertThat(report.actionItems()).hasSizeBetween(3, 5);
        assertThat(report.actionItems())
                .anySatisfy(i -> assertThat(i).startsWith("Structure behavioral answers with STAR"));
        assertThat(report.improvements().get(0)).startsWith("Communication was your weakest area (3.0/10");
        assertThat(report.improvements()).anySatisfy(i -> assertThat(i).contains("\"A measurable result\" (2 times)"));
    }

    @Test
    void should_stretch_a_strong_candidate_with_three_concrete_items() {
        // when
        List<String> items = report(Interviews.strongBackend()).actionItems();

        // then no weakness rule fires, and the fillers point up a level and at the lowest area
        assertThat(items).hasSize(3);
        assertThat(items.get(0))
                .startsWith("Book a session at the Senior level")
                .contains("82/100");
        assertThat(items.get(1))
                .startsWith("Lift your lowest area, confidence and clarity (7.0/10)")
                .contains("How do you find a memory leak in a Java service?");
        assertThat(items).noneMatch(i -> i.startsWith("Explain each point you missed"));
    }

    @Test
    void should_weight_follow_ups_half_as_much_as_main_questions() {
        // given a main answer at 8 and a follow-up at 2
        Journal journal = Journal.start("follow-1", backendPlan(1))
                .answered(
                        INDEX,
                        "A B-tree index avoids a full table scan.",
                        scored(8.0).build())
                .followUp(
                        Journal.technical(
                                "be-index-fu", "And what does each index cost on writes?", "Writes update every index"),
                        "Not sure.",
                        scored(2.0).category(RubricCategory.COMMUNICATION, 5.0).build())
                .complete();

        // when
        InterviewReport report = report(journal);

        // then (8 * 1 + 2 * 0.5) / 1.5 = 6.0, and categories are weighted the same way
        assertThat(report.overall()).isEqualTo(60);
        assertThat(report.categories().get(RubricCategory.TECHNICAL_CORRECTNESS))
                .isCloseTo(6.0, within(0.001));
        assertThat(report.categories().get(RubricCategory.COMMUNICATION)).isCloseTo(7.0, within(0.001));
        assertThat(report.questions()).extracting(QuestionResult::followUp).containsExactly(false, true);
    }

    @Test
    void should_report_an_abandoned_session_after_one_of_five_questions() {
        // when
        InterviewReport report = report(Interviews.abandonedAfterOneOfFive());

        // then the unanswered second question is listed but not scored
        assertThat(report.endedEarly()).isTrue();
        assertThat(report.endReason()).isEqualTo("ended by the candidate");
        assertThat(report.questions()).hasSize(2);
        assertThat(report.questions().get(0).evaluation()).isNotNull();
        QuestionResult unanswered = report.questions().get(1);
        assertThat(unanswered.questionId()).isEqualTo("be-idempotency");
        assertThat(unanswered.answer()).isNull();
        assertThat(unanswered.evaluation()).isNull();
        assertThat(report.overall()).isEqualTo(70);
        // and the report says it is partial, with low confidence
        assertThat(report.confidence()).isLessThanOrEqualTo(3);
        assertThat(report.improvements()).anySatisfy(i -> assertThat(i)
                .contains("ended early (ended by the candidate) after 2 of 5 planned questions")
                .contains("1 question left unanswered"));
        assertThat(report.actionItems().get(0))
                .startsWith("Finish a full 5-question session")
                .contains("1 of 5");
        assertThat(report.assessment()).contains("partial picture");
    }

    @Test
    void should_not_call_the_picture_partial_when_every_planned_question_was_answered_before_quitting() {
        // given the candidate quits on the feedback of the last planned question
        Journal journal = Journal.start("quit-last-1", backendPlan(1))
                .answered(
                        INDEX,
                        "A B-tree index avoids a full table scan.",
                        scored(7.0).build())
                .abandon("quit");

        // when
        InterviewReport report = report(journal);

        // then the state says it was ended, but no text warns about missing answers
        assertThat(report.endedEarly()).isTrue();
        assertThat(report.assessment()).doesNotContain("partial picture");
        assertThat(report.actionItems()).noneMatch(i -> i.startsWith("Finish a full"));
        assertThat(report.improvements()).noneMatch(i -> i.contains("ended early"));
    }

    @Test
    void should_not_count_an_answer_the_interview_ended_before_evaluating() {
        // given a second answer stored but never evaluated
        Journal journal = Journal.start("processing-1", backendPlan(3))
                .answered(
                        INDEX,
                        "A B-tree index avoids a full table scan.",
                        scored(6.0).build())
                .ask(IDEMPOTENCY)
                .listen(IDEMPOTENCY)
                .receive(IDEMPOTENCY, Answer.of("With an idempotency key."))
                .abandon("closed the window");

        // when
        InterviewReport report = report(journal);

        // then it is listed with its answer, unscored, and the overall is the first answer's alone
        assertThat(report.questions().get(1).answer()).isEqualTo("With an idempotency key.");
        assertThat(report.questions().get(1).evaluation()).isNull();
        assertThat(report.overall()).isEqualTo(60);
    }

    @Test
    void should_say_there_was_nothing_to_assess_when_no_question_was_answered() {
        // when
        InterviewReport report = report(Interviews.nothingAnswered());

        // then
        assertThat(report.overall()).isZero();
        assertThat(report.confidence()).isEqualTo(1);
        assertThat(report.categories()).isEmpty();
        assertThat(report.strengths()).isEmpty();
        assertThat(report.questions()).singleElement().satisfies(q -> assertThat(q.evaluation())
                .isNull());
        assertThat(report.assessment()).startsWith("There was nothing to assess");
        assertThat(report.actionItems()).hasSizeBetween(3, 5);
        assertThat(report.heuristicParts()).containsExactly(HeuristicReportGenerator.REPORT_TEXT);
    }

    @Test
    void should_report_a_session_ended_before_the_first_question() {
        // given
        InterviewSnapshot session = Journal.start("idle-1", backendPlan(5))
                .abandon("changed my mind")
                .snapshot();

        // when
        InterviewReport report = generator.generate(session, NOW);

        // then
        assertThat(report.questions()).isEmpty();
        assertThat(report.overall()).isZero();
        assertThat(report.assessment()).contains("nothing to assess").contains("(changed my mind)");
        assertThat(report.actionItems()).hasSize(3);
    }

    @Test
    void should_count_skipped_questions_as_zero_and_say_so() {
        // when
        InterviewReport report = report(Interviews.flagged());

        // then (8 + 0 + 4 + 0.5 + 8) / 5 = 4.1
        assertThat(report.overall()).isEqualTo(41);
        QuestionResult skipped = report.questions().get(1);
        assertThat(skipped.evaluation().flags()).contains(AnswerFlag.SKIPPED);
        assertThat(report.improvements()).anySatisfy(i -> assertThat(i).startsWith("You skipped 1 question"));
        assertThat(report.actionItems()).anySatisfy(i -> assertThat(i).startsWith("Before skipping"));
    }

    @Test
    void should_count_a_skip_the_session_had_no_time_to_evaluate_as_zero() {
        // given a skip stored, then the session abandoned before the rule-based evaluation was recorded
        Journal journal = Journal.start("skip-1", backendPlan(2))
                .answered(
                        INDEX,
                        "A B-tree index avoids a full table scan.",
                        scored(8.0).build())
                .ask(IDEMPOTENCY)
                .listen(IDEMPOTENCY)
                .receive(IDEMPOTENCY, Answer.skip())
                .abandon("quit");

        // when
        InterviewReport report = report(journal);

        // then
        assertThat(report.overall()).isEqualTo(40);
        assertThat(report.questions().get(1).evaluation().flags()).contains(AnswerFlag.SKIPPED);
    }

    @Test
    void should_flag_timed_out_answers_even_when_the_evaluator_did_not() {
        // when
        InterviewReport report = report(Interviews.flagged());

        // then
        assertThat(report.questions().get(2).evaluation().flags()).contains(AnswerFlag.TIMED_OUT);
        assertThat(report.questions().get(2).evaluation().overall()).isEqualTo(4.0);
        assertThat(report.improvements())
                .anySatisfy(i ->
                        assertThat(i).startsWith("1 answer ran out of time").contains("process and a thread"));
        assertThat(report.actionItems())
                .anySatisfy(i ->
                        assertThat(i).startsWith("Practise 2-minute answers").contains("was scored"));
    }

    @Test
    void should_put_non_answers_first_in_improvements_and_action_items() {
        // when
        InterviewReport report = report(Interviews.flagged());

        // then
        assertThat(report.improvements().get(0))
                .startsWith("1 answer was not an answer to the question")
                .contains("\"I don't know.\"");
        assertThat(report.actionItems().get(0)).startsWith("When you do not know an answer, say how you would start");
        assertThat(report.actionItems()).hasSize(5);
        assertThat(report.assessment()).contains("Next step: when you do not know an answer, say how you would start.");
    }

    @Test
    void should_list_heuristic_parts_by_evaluation_method() {
        // given heuristic answer scores and a rule-scored skip
        InterviewReport heuristic = report(Interviews.flagged());

        // given answers scored by a language model only
        InterviewReport llm = report(Journal.start("llm-1", backendPlan(1))
                .answered(
                        INDEX,
                        "A B-tree index avoids a full table scan.",
                        scored(7.0).method("llm:openai/gpt-4.1-mini").build())
                .complete());

        // then
        assertThat(heuristic.heuristicParts())
                .containsExactly(
                        "report text", "answer scores", "evaluation method: heuristic", "evaluation method: rule");
        assertThat(llm.heuristicParts()).containsExactly("report text");
    }

    @Test
    void should_be_more_confident_with_more_and_longer_answers() {
        // given
        Journal oneShort = Journal.start("c-1", backendPlan(5))
                .answered(
                        INDEX,
                        "A B-tree index avoids a full table scan.",
                        scored(7.0).build())
                .complete();
        Journal fiveShort = Journal.start("c-2", backendPlan(5))
                .answered(
                        INDEX,
                        "A B-tree index avoids a full table scan.",
                        scored(7.0).build())
                .answered(IDEMPOTENCY, "A stored idempotency key.", scored(7.0).build())
                .answered(THREADS, "Threads share memory.", scored(7.0).build())
                .answered(LEAK, "Compare heap dumps.", scored(7.0).build())
                .answered(CACHE, "A cache stampede.", scored(7.0).build())
                .complete();

        // when
        int one = report(oneShort).confidence();
        int five = report(fiveShort).confidence();
        int fiveLong = report(Interviews.strongBackend()).confidence();

        // then 1 + round(1 + 4 * (9 / 120) / 3) = 2; 1 + round(5 + ~0.2) = 6; 1 + 5 + 4 = 10
        assertThat(one).isEqualTo(2);
        assertThat(five).isEqualTo(6);
        assertThat(fiveLong).isEqualTo(10);
    }

    @Test
    void should_count_non_answers_half_for_confidence() {
        // given five non-answers
        Journal journal = Journal.start("c-3", backendPlan(5));
        for (var question : List.of(INDEX, IDEMPOTENCY, THREADS, LEAK, CACHE)) {
            journal.answered(
                    question,
                    "no idea",
                    scored(0.5).flags(AnswerFlag.NON_ANSWER).build());
        }

        // when
        InterviewReport report = report(journal.complete());

        // then 1 + round(5 * 2.5 / 5) = 4 (3.5 rounds up), and the gap is answering at all
        assertThat(report.confidence()).isEqualTo(4);
        assertThat(report.assessment()).contains("The biggest gap was answering at all: 5 of 5 questions");
    }

    @Test
    void should_write_an_assessment_of_three_to_five_sentences_naming_the_level() {
        for (Journal journal : List.of(
                Interviews.strongBackend(),
                Interviews.weakBackend(),
                Interviews.weakBehavioral(),
                Interviews.abandonedAfterOneOfFive(),
                Interviews.nothingAnswered(),
                Interviews.flagged())) {
            InterviewReport report = report(journal);
            long sentences = SENTENCE_END.matcher(report.assessment()).results().count();
            assertThat(sentences).as(report.assessment()).isBetween(3L, 5L);
            assertThat(report.actionItems())
                    .as(report.sessionId())
                    .hasSizeBetween(3, 5)
                    .doesNotHaveDuplicates();
            assertThat(report.improvements()).as(report.sessionId()).hasSizeBetween(2, 4);
            if (!report.categories().isEmpty()) {
                assertThat(report.assessment()).contains(report.plan().level().displayName() + " bar");
            }
        }
    }

    @Test
    void should_still_write_a_full_report_when_evaluations_have_no_category_scores() {
        // given an evaluator that gives only an overall score
        Evaluation overallOnly = new Evaluation(
                6.5,
                Map.of(),
                List.of(),
                List.of("Indexes slow down writes"),
                List.of(),
                "",
                Set.of(),
                "llm:test",
                List.of());
        Journal journal = Journal.start("bare-1", backendPlan(1))
                .answered(INDEX, "A B-tree index avoids a full table scan.", overallOnly)
                .complete();

        // when
        InterviewReport report = report(journal);

        // then
        assertThat(report.overall()).isEqualTo(65);
        assertThat(report.categories()).isEmpty();
        assertThat(SENTENCE_END.matcher(report.assessment()).results().count()).isBetween(3L, 5L);
        assertThat(report.improvements()).hasSizeBetween(2, 4);
        assertThat(report.actionItems()).hasSizeBetween(3, 5);
    }

    @Test
    void should_refuse_a_session_that_has_not_ended() {
        // given
        InterviewSnapshot running = Journal.start("running-1", backendPlan(2))
                .answered(
                        INDEX,
                        "A B-tree index avoids a full table scan.",
                        scored(7.0).build())
                .snapshot();

        // then
        assertThatThrownBy(() -> generator.generate(running, NOW))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("running-1")
                .hasMessageContaining("completed or abandoned");
    }

    @Test
    void should_give_the_same_report_from_many_threads_at_once() throws Exception {
        // given
        List<InterviewSnapshot> sessions = List.of(
                Interviews.strongBackend().snapshot(),
                Interviews.weakBackend().snapshot(),
                Interviews.flagged().snapshot());
        List<InterviewReport> expected =
                sessions.stream().map(s -> generator.generate(s, NOW)).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            // when
            List<Callable<Boolean>> tasks = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                int index = i % sessions.size();
                tasks.add(() -> generator.generate(sessions.get(index), NOW).equals(expected.get(index)));
            }
            // then
            for (Future<Boolean> result : pool.invokeAll(tasks)) {
                assertThat(result.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void should_be_discovered_as_the_heuristic_provider() {
        // when
        List<ReportGeneratorProvider> providers = ServiceLoader.load(ReportGeneratorProvider.class).stream()
                .map(ServiceLoader.Provider::get)
                .toList();

        // then
        assertThat(providers)
                .filteredOn(p -> p.id().equals("heuristic"))
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.priority()).isEqualTo(-10);
                    assertThat(p.create(ProviderContext.of(ProviderConfig.isolated(Map.of()))))
                            .isInstanceOf(HeuristicReportGenerator.class);
                });
    }
}
