package dev.mocksy.interview;

import static dev.mocksy.testing.Fixtures.keywordEvaluator;
import static dev.mocksy.testing.Fixtures.numberedQuestions;
import static dev.mocksy.testing.Fixtures.simpleReports;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mocksy.InvalidAnswerException;
import dev.mocksy.InvalidTransitionException;
import dev.mocksy.MocksyException;
import dev.mocksy.evaluation.AnswerEvaluator;
import dev.mocksy.evaluation.Evaluation;
import dev.mocksy.report.HeuristicReportGenerator;
import dev.mocksy.speech.DeliveryMetrics;
import dev.mocksy.store.InMemoryInterviewStore;
import dev.mocksy.store.InterviewStore;
import dev.mocksy.testing.Fixtures;
import dev.mocksy.testing.Fixtures.ManualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class InterviewSessionTest {

    private final ManualClock clock = new ManualClock(Instant.parse("2026-01-05T10:00:00Z"));
    private final InterviewStore store = new InMemoryInterviewStore();
    private final InterviewEngine engine = engine(keywordEvaluator());

    private InterviewEngine engine(AnswerEvaluator evaluator) {
        return InterviewEngine.builder()
                .store(store)
                .interviewer(new Interviewer(numberedQuestions(), evaluator, simpleReports()), false)
                .deliveryAnalyzer(new dev.mocksy.speech.AcousticDeliveryAnalyzer())
                .clock(clock)
                .build();
    }

    private static InterviewPlan plan(int questions) {
        return InterviewPlan.builder()
                .role(Role.BACKEND)
                .type(InterviewType.TECHNICAL)
                .questionCount(questions)
                .maxFollowUps(1)
                .build();
    }

    private List<Class<?>> journalTypes(InterviewSession session) {
        return store.load(session.id()).stream()
                .<Class<?>>map(event -> event.event().getClass())
                .toList();
    }

    @Test
    void should_journal_a_spoken_answer_with_its_delivery_and_replay_it() {
        // given
        InterviewSession session = engine.create(plan(1), null);
        session.start();
        DeliveryMetrics delivery = Fixtures.delivery(40, 145, 1, 0.6);

        // when
        session.submitAnswer("I would add an index on customer_id.", delivery);
        session.next();

        // then
        Answer stored = session.snapshot().turns().get(0).answer();
        assertThat(stored.text()).isEqualTo("I would add an index on customer_id.");
        assertThat(stored.delivery()).isEqualTo(delivery);
        InterviewSnapshot replayed = InterviewSnapshot.replay(store.load(session.id()));
        assertThat(replayed.turns().get(0).answer()).isEqualTo(stored);
        assertThat(new HeuristicReportGenerator()
                        .generate(replayed, clock.instant())
                        .questions()
                        .get(0)
                        .delivery())
                .isEqualTo(delivery);
    }

    @Test
    void should_reject_an_empty_transcript_and_record_nothing() {
        InterviewSession session = engine.create(plan(1), null);
        session.start();

        assertThatThrownBy(() -> session.submitAnswer("  ", Fixtures.delivery(1, 100, 0, 0)))
                .isInstanceOf(InvalidAnswerException.class);
        assertThat(store.load(session.id()).stream()
                        .filter(event -> event.event() instanceof InterviewEvent.AnswerReceived))
                .isEmpty();
        assertThat(session.state()).isEqualTo(InterviewState.ASKING);
    }

    @Test
    void should_walk_through_a_whole_interview_and_journal_every_transition() {
        InterviewSession session = engine.create(plan(2), null);
        assertThat(session.state()).isEqualTo(InterviewState.IDLE);

        assertThat(session.start().id()).isEqualTo("q1");
        assertThat(session.state()).isEqualTo(InterviewState.ASKING);
        session.listen();
        assertThat(session.state()).isEqualTo(InterviewState.LISTENING);
        assertThat(session.submitAnswer("I would add an index on customer_id.").overall())
                .isEqualTo(8);
        assertThat(session.state()).isEqualTo(InterviewState.FEEDBACK);

        assertThat(session.next()).map(q -> q.id()).contains("q2");
        session.listen();
        session.submitAnswer("An index, and please follow me up on it.");
        assertThat(session.next()).map(q -> q.id()).contains("q2-f1");
        session.listen();
        session.submitAnswer("Because the index helps. follow me up again");

        assertThat(session.next())
                .as("one follow-up at most, then the plan is done")
                .isEmpty();
        assertThat(session.state()).isEqualTo(InterviewState.COMPLETED);
        assertThat(session.report().questions()).hasSize(3);

        assertThat(journalTypes(session))
                .containsExactly(
                        InterviewEvent.SessionStarted.class,
                        InterviewEvent.QuestionAsked.class,
                        InterviewEvent.ListeningStarted.class,
                        InterviewEvent.AnswerReceived.class,
                        InterviewEvent.AnswerEvaluated.class,
                        InterviewEvent.QuestionAsked.class,
                        InterviewEvent.ListeningStarted.class,
                        InterviewEvent.AnswerReceived.class,
                        InterviewEvent.AnswerEvaluated.class,
                        InterviewEvent.FollowUpChosen.class,
                        InterviewEvent.ListeningStarted.class,
                        InterviewEvent.AnswerReceived.class,
                        InterviewEvent.AnswerEvaluated.class,
                        InterviewEvent.Completed.class,
                        InterviewEvent.ReportGenerated.class);
        assertThat(store.load(session.id()))
                .extracting(RecordedEvent::sequence)
                .containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L, 12L, 13L, 14L, 15L);
    }

    @Test
    void should_store_the_answer_before_evaluating_it_and_evaluate_it_on_resume() {
        AnswerEvaluator failing = request -> {
            throw new MocksyException("evaluator is down");
        };
        InterviewSession session = engine(failing).create(plan(3), null);
        session.start();
        session.listen();

        assertThatThrownBy(() -> session.submitAnswer("I would add a covering index."))
                .hasMessageContaining("evaluator is down");

        assertThat(session.state()).isEqualTo(InterviewState.PROCESSING);
        assertThat(store.load(session.id()).get(3).event())
                .isEqualTo(new InterviewEvent.AnswerReceived("q1", Answer.of("I would add a covering index.")));

        InterviewSession resumed = engine.resume(session.id());
        assertThat(resumed.state()).isEqualTo(InterviewState.FEEDBACK);
        assertThat(resumed.snapshot().turns().get(0).answer().text()).isEqualTo("I would add a covering index.");
        assertThat(resumed.snapshot().turns().get(0).evaluation().overall()).isEqualTo(8);
    }

    /** Every operation, and the states that allow it. */
    private static final Map<String, Set<InterviewState>> ALLOWED = Map.ofEntries(
            Map.entry("start", EnumSet.of(InterviewState.IDLE)),
            Map.entry("listen", EnumSet.of(InterviewState.ASKING)),
            Map.entry("receiveAnswer", EnumSet.of(InterviewState.ASKING, InterviewState.LISTENING)),
            Map.entry("evaluatePending", EnumSet.of(InterviewState.PROCESSING)),
            Map.entry("skip", EnumSet.of(InterviewState.ASKING, InterviewState.LISTENING)),
            Map.entry("next", EnumSet.of(InterviewState.FEEDBACK)),
            Map.entry("pause", EnumSet.of(InterviewState.ASKING, InterviewState.LISTENING, InterviewState.FEEDBACK)),
            Map.entry("resume", EnumSet.of(InterviewState.PAUSED)),
            Map.entry("end", EnumSet.complementOf(EnumSet.of(InterviewState.COMPLETED, InterviewState.ABANDONED))),
            Map.entry("report", EnumSet.of(InterviewState.COMPLETED, InterviewState.ABANDONED)),
            Map.entry(
                    "recordConsent",
                    EnumSet.complementOf(EnumSet.of(InterviewState.COMPLETED, InterviewState.ABANDONED))));

    private static final Map<String, Consumer<InterviewSession>> OPERATIONS = Map.ofEntries(
            Map.entry("start", InterviewSession::start),
            Map.entry("listen", InterviewSession::listen),
            Map.entry("receiveAnswer", s -> s.receiveAnswer("an index")),
            Map.entry("evaluatePending", InterviewSession::evaluatePending),
            Map.entry("skip", InterviewSession::skip),
            Map.entry("next", InterviewSession::next),
            Map.entry("pause", InterviewSession::pause),
            Map.entry("resume", InterviewSession::resume),
            Map.entry("end", s -> s.end("quit")),
            Map.entry("report", InterviewSession::report),
            Map.entry("recordConsent", s -> s.recordConsent(Consent.VIDEO, true, "I agree to camera analysis.")));

    private InterviewSession sessionIn(InterviewState state) {
        InterviewSession session = engine.create(plan(1), null);
        switch (state) {
            case IDLE -> {}
            case ASKING -> session.start();
            case LISTENING -> {
                session.start();
                session.listen();
            }
            case PROCESSING -> {
                session.start();
                session.receiveAnswer("an index");
            }
            case FEEDBACK -> {
                session.start();
                session.submitAnswer("an index");
            }
            case PAUSED -> {
                session.start();
                session.pause();
            }
            case COMPLETED -> {
                session.start();
                session.submitAnswer("an index");
                session.next();
            }
            case ABANDONED -> session.end("quit");
        }
        assertThat(session.state()).isEqualTo(state);
        return session;
    }

    @ParameterizedTest
    @EnumSource(InterviewState.class)
    void should_allow_exactly_the_legal_operations_and_reject_the_rest_unchanged(InterviewState state) {
        for (var operation : OPERATIONS.entrySet()) {
            InterviewSession session = sessionIn(state);
            int journalBefore = store.load(session.id()).size();
            InterviewSnapshot before = session.snapshot();
            boolean legal = ALLOWED.get(operation.getKey()).contains(state);

            if (legal) {
                operation.getValue().accept(session);
                assertThat(store.load(session.id()).size())
                        .as(operation.getKey() + " in " + state + " is journaled")
                        .isGreaterThan(journalBefore);
            } else {
                assertThatThrownBy(() -> operation.getValue().accept(session))
                        .as(operation.getKey() + " in " + state)
                        .isInstanceOf(InvalidTransitionException.class)
                        .hasMessageContaining(state.toString());
                assertThat(session.snapshot()).isEqualTo(before);
                assertThat(store.load(session.id())).hasSize(journalBefore);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(
            value = InterviewState.class,
            names = {"COMPLETED", "ABANDONED"},
            mode = EnumSource.Mode.EXCLUDE)
    void should_record_consent_in_every_unfinished_state_without_changing_the_state(InterviewState state) {
        InterviewSession session = sessionIn(state);
        InterviewSnapshot before = session.snapshot();
        clock.advance(Duration.ofSeconds(5));

        Consent consent = session.recordConsent(Consent.VIDEO, true, "I agree to camera analysis.");

        assertThat(consent).isEqualTo(new Consent(Consent.VIDEO, true, "I agree to camera analysis.", clock.instant()));
        assertThat(session.state()).isEqualTo(state);
        assertThat(session.snapshot().turns()).isEqualTo(before.turns());
        assertThat(session.snapshot().stateBeforePause()).isEqualTo(before.stateBeforePause());
        assertThat(session.snapshot().consents()).containsExactly(consent);
        assertThat(session.snapshot().hasConsent(Consent.VIDEO)).isTrue();
        assertThat(session.snapshot().hasConsent(Consent.VOICE)).isFalse();
        assertThat(store.load(session.id())
                        .get(store.load(session.id()).size() - 1)
                        .event())
                .isEqualTo(new InterviewEvent.ConsentRecorded(Consent.VIDEO, true, "I agree to camera analysis."));
    }

    @ParameterizedTest
    @EnumSource(
            value = InterviewState.class,
            names = {"COMPLETED", "ABANDONED"})
    void should_refuse_consent_once_the_interview_has_ended_and_change_nothing(InterviewState state) {
        InterviewSession session = sessionIn(state);
        InterviewSnapshot before = session.snapshot();
        int journalBefore = store.load(session.id()).size();

        assertThatThrownBy(() -> session.recordConsent(Consent.VIDEO, true, "I agree to camera analysis."))
                .isInstanceOf(InvalidTransitionException.class)
                .hasMessageContaining(state.toString())
                .hasMessageContaining("record consent");

        assertThat(session.snapshot()).isEqualTo(before);
        assertThat(session.snapshot().consents()).isEmpty();
        assertThat(store.load(session.id())).hasSize(journalBefore);
    }

    @Test
    void should_reject_a_blank_consent_statement_and_record_nothing() {
        InterviewSession session = engine.create(plan(1), null);
        int journalBefore = store.load(session.id()).size();

        assertThatThrownBy(() -> session.recordConsent(Consent.VIDEO, true, " "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("statement of a consent must not be blank");
        assertThatThrownBy(() -> session.recordConsent("", true, "I agree."))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("capability of a consent must not be blank");

        assertThat(session.snapshot().consents()).isEmpty();
        assertThat(store.load(session.id())).hasSize(journalBefore);
    }

    @Test
    void should_let_a_later_refusal_withdraw_an_earlier_agreement() {
        InterviewSession session = engine.create(plan(1), null);
        session.recordConsent(Consent.VIDEO, true, "I agree to camera analysis.");
        session.start();
        clock.advance(Duration.ofMinutes(1));

        session.recordConsent(Consent.VIDEO, false, "I agree to camera analysis.");

        assertThat(session.snapshot().consents()).hasSize(2);
        assertThat(session.snapshot().consentFor(Consent.VIDEO))
                .hasValueSatisfying(consent -> assertThat(consent.granted()).isFalse());
        assertThat(session.snapshot().hasConsent(Consent.VIDEO)).isFalse();
    }

    @Test
    void should_rebuild_the_consents_by_replaying_the_journal() {
        InterviewSession session = engine.create(plan(2), null);
        session.recordConsent(Consent.VOICE, true, "I agree that my voice is analysed for pace and pauses.");
        session.start();
        clock.advance(Duration.ofSeconds(30));
        session.recordConsent(Consent.VIDEO, true, "I agree to camera analysis.");
        session.listen();
        session.pause();
        session.recordConsent(Consent.VIDEO, false, "I agree to camera analysis.");
        session.resume();
        session.submitAnswer("an index");
        session.recordConsent(Consent.VIDEO, true, "I agree to camera analysis, again.");

        InterviewSnapshot replayed = InterviewSnapshot.replay(store.load(session.id()));

        assertThat(replayed).isEqualTo(session.snapshot());
        assertThat(replayed.consents()).isEqualTo(session.snapshot().consents()).hasSize(4);
        assertThat(replayed.consentFor(Consent.VIDEO).map(Consent::statement))
                .contains("I agree to camera analysis, again.");
        assertThat(replayed.state()).isEqualTo(InterviewState.FEEDBACK);
    }

    @Test
    void should_close_the_answer_with_what_was_captured_when_its_time_runs_out() {
        InterviewPlan plan =
                plan(2).toBuilder().questionTimeLimit(Duration.ofMinutes(2)).build();
        InterviewSession session = engine.create(plan, null);
        session.start();
        session.listen();
        session.draft("I would start with an index on");

        clock.advance(Duration.ofSeconds(119));
        assertThat(session.tick()).isEmpty();
        assertThat(session.answerTimeLeft()).contains(Duration.ofSeconds(1));

        clock.advance(Duration.ofSeconds(1));
        Optional<Evaluation> closed = session.tick();

        assertThat(closed).isPresent();
        assertThat(session.state()).isEqualTo(InterviewState.FEEDBACK);
        Answer answer = session.snapshot().turns().get(0).answer();
        assertThat(answer).isEqualTo(Answer.timedOut("I would start with an index on"));
    }

    @Test
    void should_keep_a_late_answer_in_full_and_mark_it_timed_out() {
        InterviewPlan plan =
                plan(1).toBuilder().questionTimeLimit(Duration.ofMinutes(1)).build();
        InterviewSession session = engine.create(plan, null);
        session.start();
        session.listen();
        clock.advance(Duration.ofMinutes(3));

        session.submitAnswer("A late but complete answer about an index.");

        assertThat(session.snapshot().turns().get(0).answer())
                .isEqualTo(new Answer("A late but complete answer about an index.", false, true, null));
    }

    @Test
    void should_complete_when_the_interview_time_limit_is_reached() {
        InterviewPlan plan =
                plan(5).toBuilder().totalTimeLimit(Duration.ofMinutes(5)).build();
        InterviewSession session = engine.create(plan, null);
        session.start();
        clock.advance(Duration.ofMinutes(6));
        session.submitAnswer("an index");

        assertThat(session.next()).isEmpty();

        assertThat(session.state()).isEqualTo(InterviewState.COMPLETED);
        assertThat(session.snapshot().endReason())
                .hasValueSatisfying(r -> assertThat(r).contains("time limit"));
        assertThat(session.timeLeft()).contains(Duration.ZERO);
    }

    @Test
    void should_stop_the_clocks_while_paused_and_resume_where_it_was() {
        InterviewPlan plan = plan(2).toBuilder()
                .questionTimeLimit(Duration.ofMinutes(2))
                .totalTimeLimit(Duration.ofMinutes(10))
                .build();
        InterviewSession session = engine.create(plan, null);
        session.start();
        session.listen();
        clock.advance(Duration.ofMinutes(1));

        session.pause();
        clock.advance(Duration.ofMinutes(30));
        assertThat(session.tick()).isEmpty();
        session.resume();

        assertThat(session.state()).isEqualTo(InterviewState.LISTENING);
        assertThat(session.answerTimeLeft()).contains(Duration.ofMinutes(1));
        assertThat(session.timeLeft()).contains(Duration.ofMinutes(9));
        clock.advance(Duration.ofMinutes(1));
        assertThat(session.tick()).isPresent();
    }

    @Test
    void should_rebuild_the_live_state_by_replaying_the_journal() {
        InterviewSession session = engine.create(plan(2), null);
        session.start();
        session.pause();
        clock.advance(Duration.ofMinutes(2));
        session.resume();
        session.submitAnswer("index, follow me up");
        session.next();
        session.skip();
        session.next();
        session.submitAnswer("no idea");

        InterviewSnapshot replayed = InterviewSnapshot.replay(store.load(session.id()));

        assertThat(replayed).isEqualTo(session.snapshot());
        assertThat(replayed.turns()).hasSize(3);
        assertThat(replayed.elapsed(clock.instant()))
                .isEqualTo(session.snapshot().elapsed(clock.instant()));
    }

    @Test
    void should_reject_an_empty_answer_and_keep_listening() {
        InterviewSession session = engine.create(plan(1), null);
        session.start();
        session.listen();
        int before = store.load(session.id()).size();

        assertThatThrownBy(() -> session.submitAnswer("  \n\t "))
                .isInstanceOf(InvalidAnswerException.class)
                .hasMessageContaining("empty")
                .hasMessageContaining("skip");

        assertThat(session.state()).isEqualTo(InterviewState.LISTENING);
        assertThat(store.load(session.id())).hasSize(before);
    }

    @Test
    void should_reject_a_one_megabyte_answer_with_the_limit_and_keep_listening() {
        InterviewSession session = engine.create(plan(1), null);
        session.start();
        session.listen();

        assertThatThrownBy(() -> session.submitAnswer("index ".repeat((1 << 20) / 6 + 1)))
                .isInstanceOf(InvalidAnswerException.class)
                .hasMessageContaining("1,048,578 characters")
                .hasMessageContaining("limit is 20,000");

        assertThat(session.state()).isEqualTo(InterviewState.LISTENING);
        assertThat(session.submitAnswer("a short answer about an index").overall())
                .isEqualTo(8);
    }

    @Test
    void should_refuse_a_ten_megabyte_answer_before_storing_anything() {
        InterviewSession session = engine.create(plan(1), null);
        session.start();
        session.listen();
        int before = store.load(session.id()).size();

        assertThatThrownBy(() -> session.submitAnswer("x".repeat(10 << 20)))
                .isInstanceOf(InvalidAnswerException.class)
                .hasMessageContaining("10,485,760 characters")
                .hasMessageContaining("nothing was recorded");

        assertThat(store.load(session.id())).hasSize(before);
    }

    @Test
    void should_count_an_answer_after_cleaning_when_it_is_near_the_limit() {
        InterviewSession session = engine.create(plan(1), null);
        session.start();
        session.listen();

        // 30,000 characters of which 12,000 are control characters: 18,000 remain, under the 20,000 limit.
        String padded = "word ".repeat(3_600) + "\u0000".repeat(12_000);

        int before = store.load(session.id()).size();

        session.submitAnswer(padded);

        assertThat(store.load(session.id()).size()).isGreaterThan(before);
    }

    @Test
    void should_strip_control_characters_but_keep_line_breaks() {
        InterviewSession session = engine.create(plan(1), null);
        session.start();

        Answer answer = session.receiveAnswer("An in\u0000dex\u0007 on\r\nthe \u001b[31mkey\u200b column\tfirst");

        assertThat(answer.text()).isEqualTo("An index on\nthe [31mkey column\tfirst");
    }

    @Test
    void should_report_on_what_was_answered_when_ended_early() {
        InterviewSession session = engine.create(plan(5), null);
        session.start();
        session.submitAnswer("an index");
        session.next();

        session.end("quit");

        assertThat(session.state()).isEqualTo(InterviewState.ABANDONED);
        assertThat(session.report().endedEarly()).isTrue();
        assertThat(session.report().questions()).hasSize(2);
        assertThat(session.report().questions().get(1).answer()).isNull();
        assertThat(session.report()).as("generated once").isSameAs(session.report());
    }

    @Test
    void should_fail_clearly_when_the_generator_has_nothing_for_the_plan() {
        dev.mocksy.question.QuestionGenerator nothing = new dev.mocksy.question.QuestionGenerator() {
            @Override
            public Optional<dev.mocksy.question.Question> nextQuestion(dev.mocksy.question.QuestionRequest request) {
                return Optional.empty();
            }

            @Override
            public Optional<dev.mocksy.question.FollowUp> followUp(dev.mocksy.question.FollowUpRequest request) {
                return Optional.empty();
            }
        };
        InterviewEngine empty = InterviewEngine.builder()
                .store(store)
                .interviewer(new Interviewer(nothing, keywordEvaluator(), simpleReports()), false)
                .clock(clock)
                .build();
        InterviewSession session = empty.create(plan(1), null);

        assertThatThrownBy(session::start).isInstanceOf(MocksyException.class).hasMessageContaining("backend");
        assertThat(session.state()).isEqualTo(InterviewState.IDLE);
    }
}
