package dev.mocksy.interview;

import static dev.mocksy.testing.Fixtures.keywordEvaluator;
import static dev.mocksy.testing.Fixtures.numberedQuestions;
import static dev.mocksy.testing.Fixtures.simpleReports;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mocksy.evaluation.AnswerFlag;
import dev.mocksy.store.InMemoryInterviewStore;
import dev.mocksy.store.InterviewStore;
import dev.mocksy.testing.Fixtures.ManualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reopening a session after an interruption never loses the thread, and the time away never counts. */
class ReopeningTest {

    private final ManualClock clock = new ManualClock(Instant.parse("2026-04-01T09:00:00Z"));
    private final InterviewStore store = new InMemoryInterviewStore();
    private final InterviewEngine engine = InterviewEngine.builder()
            .store(store)
            .interviewer(new Interviewer(numberedQuestions(), keywordEvaluator(), simpleReports()), false)
            .clock(clock)
            .build();

    private final InterviewPlan timed = InterviewPlan.builder()
            .questionCount(2)
            .questionTimeLimit(Duration.ofMinutes(2))
            .totalTimeLimit(Duration.ofMinutes(20))
            .maxFollowUps(0)
            .build();

    private List<String> journal(String sessionId) {
        return store.load(sessionId).stream()
                .map(event -> event.event().getClass().getSimpleName())
                .toList();
    }

    @Test
    void should_ask_a_pending_question_again_with_a_fresh_timer_when_reopened_after_an_interruption() {
        // given a question that was being answered when the process died, an hour ago
        InterviewSession crashed = engine.create(timed, null);
        crashed.start();
        crashed.listen();
        clock.advance(Duration.ofSeconds(90));
        clock.advance(Duration.ofHours(1));

        // when
        InterviewSession reopened = engine.resume(crashed.id());

        // then the question is asked again, its two minutes start afresh, and the hour away is not interview time
        assertThat(reopened.state()).isEqualTo(InterviewState.ASKING);
        assertThat(reopened.currentQuestion())
                .contains(crashed.currentQuestion().orElseThrow());
        assertThat(journal(crashed.id())).endsWith("ListeningStarted", "Reopened", "QuestionRepeated");
        reopened.listen();
        assertThat(reopened.answerTimeLeft()).contains(Duration.ofMinutes(2));
        assertThat(reopened.timeLeft()).contains(Duration.ofMinutes(20));
        assertThat(reopened.tick()).as("nothing timed out").isEmpty();
    }

    @Test
    void should_land_the_answer_typed_after_reopening_on_the_pending_question() {
        InterviewSession crashed = engine.create(timed, null);
        crashed.start();
        crashed.listen();
        clock.advance(Duration.ofMinutes(30));

        InterviewSession reopened = engine.resume(crashed.id());
        reopened.submitAnswer("I would add an index on the filtered column.");

        Turn first = reopened.snapshot().turns().get(0);
        assertThat(first.answer().text()).isEqualTo("I would add an index on the filtered column.");
        assertThat(first.answer().timedOut()).isFalse();
        assertThat(first.evaluation().flags()).doesNotContain(AnswerFlag.TIMED_OUT);
        assertThat(reopened.snapshot().turns()).hasSize(1);
    }

    @Test
    void should_evaluate_an_answer_stored_before_the_interruption_and_keep_its_feedback_to_show() {
        InterviewSession crashed = engine.create(timed, null);
        crashed.start();
        crashed.receiveAnswer("an index on the customer column");

        InterviewSession reopened = engine.resume(crashed.id());

        assertThat(reopened.state()).isEqualTo(InterviewState.FEEDBACK);
        assertThat(reopened.lastEvaluation())
                .hasValueSatisfying(e -> assertThat(e.overall()).isEqualTo(8));
        assertThat(journal(crashed.id())).endsWith("AnswerReceived", "Reopened", "AnswerEvaluated");
    }

    @Test
    void should_leave_a_paused_session_paused_and_count_nothing_twice() {
        InterviewSession crashed = engine.create(timed, null);
        crashed.start();
        crashed.listen();
        clock.advance(Duration.ofSeconds(30));
        crashed.pause();
        clock.advance(Duration.ofHours(2));

        InterviewSession reopened = engine.resume(crashed.id());
        reopened.resume();

        assertThat(reopened.state()).isEqualTo(InterviewState.LISTENING);
        assertThat(reopened.answerTimeLeft()).contains(Duration.ofSeconds(90));
        assertThat(journal(crashed.id())).endsWith("Paused", "Reopened", "Resumed");
    }

    @Test
    void should_journal_nothing_when_attaching_to_a_session_from_another_node() {
        InterviewSession running = engine.create(timed, null);
        running.start();
        running.listen();
        long before = store.load(running.id()).size();

        InterviewSession attached = engine.attach(running.id());
        attached.submitAnswer("an index");

        assertThat(store.load(running.id())).hasSize((int) before + 2);
        assertThat(journal(running.id())).doesNotContain("Reopened", "QuestionRepeated");
    }

    @Test
    void should_write_the_report_of_a_completed_session_that_has_none_when_reopened() {
        InterviewSession done = engine.create(
                InterviewPlan.builder().questionCount(1).maxFollowUps(0).build(), null);
        done.start();
        done.submitAnswer("an index");
        assertThat(done.next()).isEmpty();

        InterviewSession reopened = engine.resume(done.id());

        assertThat(reopened.state()).isEqualTo(InterviewState.COMPLETED);
        assertThat(reopened.snapshot().report()).isEmpty();
        assertThat(reopened.report().overall()).isEqualTo(80);
        assertThat(engine.list().latestContinuable()).isEmpty();
    }

    @Test
    void should_put_the_question_again_in_other_words_instead_of_grading_a_request_to_repeat_it() {
        InterviewEngine bank = InterviewEngine.builder()
                .store(store)
                .interviewer(
                        new Interviewer(
                                new dev.mocksy.question.BankQuestionGenerator(
                                        dev.mocksy.question.QuestionBank.defaultBank(), 11L),
                                new dev.mocksy.evaluation.HeuristicAnswerEvaluator(),
                                simpleReports()),
                        false)
                .clock(clock)
                .build();
        InterviewSession session = bank.create(
                InterviewPlan.builder()
                        .type("technical")
                        .questionCount(1)
                        .maxFollowUps(0)
                        .build(),
                null);
        dev.mocksy.question.Question asked = session.start();

        dev.mocksy.evaluation.Evaluation notGraded = session.submitAnswer("Sorry, could you repeat the question?");

        assertThat(notGraded.clarificationRequest()).isTrue();
        assertThat(session.state()).isEqualTo(InterviewState.ASKING);
        dev.mocksy.question.Question again = session.currentQuestion().orElseThrow();
        assertThat(again.id()).isEqualTo(asked.id());
        assertThat(again.text()).isNotEqualTo(asked.text());
        assertThat(again.keyPoints()).isEqualTo(asked.keyPoints());
        assertThat(session.snapshot().turns()).singleElement().satisfies(turn -> assertThat(turn.answer())
                .isNull());
        assertThat(journal(session.id())).endsWith("AnswerReceived", "QuestionRepeated");
        assertThat(InterviewSnapshot.replay(store.load(session.id()))).isEqualTo(session.snapshot());

        session.submitAnswer("An index lets the database find rows without scanning the table; it costs writes.");
        assertThat(session.snapshot().turns().get(0).evaluation().clarificationRequest())
                .isFalse();
    }
}
