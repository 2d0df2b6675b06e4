package dev.mocksy.examples.web.api;

import dev.mocksy.evaluation.Evaluation;
import dev.mocksy.interview.InterviewMode;
import dev.mocksy.interview.InterviewPlan;
import dev.mocksy.interview.InterviewSession;
import dev.mocksy.interview.InterviewSnapshot;
import dev.mocksy.interview.InterviewState;
import dev.mocksy.interview.SessionSummary;
import dev.mocksy.interview.Turn;
import dev.mocksy.question.Question;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What the API sends about interviews: questions without their key points or model answers (those would give the
 * answer away), evaluations only when the plan's mode shows them.
 */
final class Views {

    private Views() {}

    /** A question as the candidate sees it. */
    record QuestionView(String id, String text, String type, List<String> technologies, boolean followUp) {
        static QuestionView of(Question question, boolean followUp) {
            return new QuestionView(
                    question.id(), question.text(), question.type().id(), question.technologies(), followUp);
        }
    }

    /** The plan in words and ids. */
    record PlanView(
            String role,
            String type,
            String level,
            String difficulty,
            int questions,
            Long totalMinutes,
            Long secondsPerAnswer,
            List<String> technologies,
            String company,
            String mode,
            String context,
            String setKey) {
        static PlanView of(InterviewPlan plan) {
            return new PlanView(
                    plan.role().id(),
                    plan.type().id(),
                    plan.level().id(),
                    plan.difficulty().id(),
                    plan.questionCount(),
                    plan.totalTimeLimit() == null ? null : plan.totalTimeLimit().toMinutes(),
                    plan.questionTimeLimit() == null
                            ? null
                            : plan.questionTimeLimit().toSeconds(),
                    plan.technologies(),
                    plan.companyStyle().id(),
                    plan.mode().id(),
                    plan.context().id(),
                    Views.setKey(plan));
        }
    }

    /** One answered question. */
    record TurnView(QuestionView question, String answer, Evaluation evaluation) {}

    /**
     * An interview as it stands.
     *
     * @param evaluation the last answer's evaluation, when the mode shows feedback now
     * @param timeLeftSeconds the whole interview's time left, or null without a limit
     * @param answerTimeLeftSeconds the current answer's time left, or null without a limit
     * @param answerElapsedSeconds how long the current question has been waiting for its answer
     * @param elapsedSeconds how long the interview has run, pauses not counted
     */
    record SessionView(
            String id,
            String state,
            PlanView plan,
            QuestionView question,
            int mainQuestionsAsked,
            Evaluation evaluation,
            Long timeLeftSeconds,
            Long answerTimeLeftSeconds,
            long answerElapsedSeconds,
            long elapsedSeconds,
            String endReason,
            List<String> consents,
            List<TurnView> turns) {}

    static SessionView session(InterviewSession session) {
        return session(session.snapshot(), session.timeLeft(), session.answerTimeLeft());
    }

    static SessionView session(InterviewSnapshot snapshot) {
        Instant now = Instant.now();
        return session(snapshot, snapshot.timeLeft(now), snapshot.answerTimeLeft(now));
    }

    private static SessionView session(
            InterviewSnapshot snapshot, Optional<Duration> timeLeft, Optional<Duration> answerTimeLeft) {
        Instant now = Instant.now();
        boolean feedbackNow = snapshot.plan().mode() == InterviewMode.PRACTICE
                || snapshot.state().isTerminal();
        Optional<Turn> current = snapshot.currentTurn();
        boolean asking = snapshot.state() == InterviewState.ASKING
                || snapshot.state() == InterviewState.LISTENING
                || (snapshot.state() == InterviewState.PAUSED
                        && current.map(turn -> turn.answer() == null).orElse(false));
        QuestionView question = asking
                ? current.map(turn -> QuestionView.of(turn.question(), turn.parentQuestionId() != null))
                        .orElse(null)
                : null;
        // The newest evaluation: after an answer the session has usually moved on to the next question already.
        Evaluation evaluation = null;
        if (feedbackNow) {
            for (Turn turn : snapshot.turns()) {
                if (turn.evaluation() != null) {
                    evaluation = turn.evaluation();
                }
            }
        }
        List<TurnView> turns = snapshot.turns().stream()
                .filter(turn -> turn.answer() != null)
                .map(turn -> new TurnView(
                        QuestionView.of(turn.question(), turn.parentQuestionId() != null),
                        turn.answer().text(),
                        feedbackNow ? turn.evaluation() : null))
                .toList();
        return new SessionView(
                snapshot.sessionId(),
                snapshot.state().name(),
                PlanView.of(snapshot.plan()),
                question,
                snapshot.mainQuestionsAsked(),
                evaluation,
                timeLeft.map(Duration::toSeconds).orElse(null),
                asking ? answerTimeLeft.map(Duration::toSeconds).orElse(null) : null,
                asking ? snapshot.answerElapsed(now).toSeconds() : 0,
                snapshot.elapsed(now).toSeconds(),
                snapshot.endReason().orElse(null),
                snapshot.consents().stream()
                        .filter(dev.mocksy.interview.Consent::granted)
                        .map(dev.mocksy.interview.Consent::capability)
                        .distinct()
                        .toList(),
                turns);
    }

    /** A past interview in the history list. */
    record HistoryView(String id, String state, PlanView plan, Instant createdAt, int questionsAsked, Integer overall) {
        static HistoryView of(SessionSummary summary) {
            return new HistoryView(
                    summary.id(),
                    summary.state().name(),
                    PlanView.of(summary.plan()),
                    summary.createdAt(),
                    summary.questionsAsked(),
                    summary.overall());
        }
    }

    /**
     * Which plan leaderboard an interview from the built-in bank counts on: interviews of the same role, type, level
     * and difficulty answer questions from the same part of the bank, so their scores compare. An interview run from
     * an uploaded question set counts on that set's board instead (see {@code ShareRoutes}).
     */
    static String setKey(InterviewPlan plan) {
        return plan.role().id() + "/" + plan.type().id() + "/" + plan.level().id() + "/"
                + plan.difficulty().id();
    }
}
