package dev.mocksy.question;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mocksy.evaluation.AnswerEvaluator;
import dev.mocksy.evaluation.AnswerFlag;
import dev.mocksy.evaluation.Evaluation;
import dev.mocksy.interview.InterviewEngine;
import dev.mocksy.interview.InterviewPlan;
import dev.mocksy.interview.InterviewSession;
import dev.mocksy.interview.InterviewState;
import dev.mocksy.interview.InterviewType;
import dev.mocksy.interview.Interviewer;
import dev.mocksy.interview.Level;
import dev.mocksy.interview.Role;
import dev.mocksy.interview.Turn;
import dev.mocksy.report.ReportGenerator;
import dev.mocksy.store.InMemoryInterviewStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The bank generator driven by the real interview session, the way an interview runs. */
class BankInterviewTest {

    /** Scores by the share of key points whose terms appear; a few words are a non-answer. Enough to steer rules. */
    private static final AnswerEvaluator TERM_COVERAGE = request -> {
        String answer = request.answer().text().toLowerCase(Locale.ROOT);
        List<String> covered = new ArrayList<>();
        List<String> missed = new ArrayList<>();
        for (KeyPoint keyPoint : request.question().keyPoints()) {
            (keyPoint.terms().stream().anyMatch(answer::contains) ? covered : missed).add(keyPoint.point());
        }
        boolean nonAnswer = Tokens.words(answer).size() < 4;
        double overall = nonAnswer
                ? 1
                : 10.0
                        * covered.size()
                        / Math.max(1, request.question().keyPoints().size());
        return nonAnswer
                ? Fixtures.evaluation(overall, covered, missed, AnswerFlag.NON_ANSWER, AnswerFlag.TOO_SHORT)
                : Fixtures.evaluation(overall, covered, missed);
    };

    private static final ReportGenerator NO_REPORT = (session, at) -> {
        throw new IllegalStateException("this test does not ask for a report");
    };

    private static InterviewSession session(InterviewPlan plan) {
        InterviewEngine engine = InterviewEngine.builder()
                .store(new InMemoryInterviewStore())
                .interviewer(
                        new Interviewer(
                                new BankQuestionGenerator(BankFilesTest.ownFiles(), 2024L), TERM_COVERAGE, NO_REPORT),
                        false)
                .build();
        return engine.create(plan, null);
    }

    @Test
    void should_run_a_whole_interview_with_mention_follow_ups_limits_and_no_repeats() {
        // given
        InterviewPlan plan = InterviewPlan.builder()
                .role(Role.BACKEND)
                .type(InterviewType.TECHNICAL)
                .level(Level.MID)
                .questionCount(3)
                .maxFollowUps(1)
                .build();
        InterviewSession session = session(plan);

        // when: a substantive answer that mentions a distributed system at a company
        Question first = session.start();
        session.submitAnswer("I would start by measuring it. At my last job I worked on a distributed system at "
                + "Globex where we had exactly this problem with a slow checkout.");
        Optional<Question> followUp = session.next();

        // then
        assertThat(followUp).get().satisfies(question -> {
            assertThat(question.id()).isEqualTo(first.id() + "-f1");
            assertThat(question.text()).contains("a distributed system at Globex");
        });

        // when: the follow-up is answered, the limit of one is reached and a new main question comes
        session.submitAnswer("We sharded by customer and added read replicas, and retries with timeouts.");
        Question second = session.next().orElseThrow();
        // a non-answer gets no follow-up
        session.submitAnswer("no idea");
        Question third = session.next().orElseThrow();
        session.skip();
        Optional<Question> end = session.next();

        // then
        assertThat(second.id()).isNotEqualTo(first.id()).doesNotContain("-f");
        assertThat(third.id()).isNotIn(first.id(), second.id()).doesNotContain("-f");
        assertThat(end).isEmpty();
        assertThat(session.state()).isEqualTo(InterviewState.COMPLETED);
        List<Turn> turns = session.snapshot().turns();
        assertThat(turns)
                .extracting(turn -> turn.question().id())
                .containsExactly(first.id(), first.id() + "-f1", second.id(), third.id());
        assertThat(turns.get(1).followUpReason()).isEqualTo("mentioned: distributed system");
        assertThat(turns).allSatisfy(turn -> assertThat(turn.question().roles()).contains(Role.BACKEND));
    }

    @Test
    void should_follow_up_on_the_missed_key_point_of_a_bank_question() {
        // given
        InterviewPlan plan = InterviewPlan.builder()
                .role(Role.DATA_SCIENCE)
                .type(InterviewType.TECHNICAL)
                .level(Level.JUNIOR)
                .questionCount(1)
                .maxFollowUps(2)
                .build();
        InterviewSession session = session(plan);
        Question first = session.start();

        // when: an answer that covers nothing specific
        Evaluation evaluation = session.submitAnswer("It depends on the situation and the data that we have.");
        Question followUp = session.next().orElseThrow();

        // then: the first key point of the question is asked about, with its terms to score the answer
        KeyPoint mostImportant = first.keyPoints().get(0);
        assertThat(evaluation.missed()).contains(mostImportant.point());
        assertThat(followUp.text()).doesNotContain(mostImportant.point().replaceAll("[.!]+$", ""));
        assertThat(followUp.keyPoints()).containsExactly(mostImportant);
        assertThat(session.snapshot().turns().get(1).followUpReason()).isEqualTo("missed: " + mostImportant.point());
    }
}
