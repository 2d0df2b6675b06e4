package dev.mocksy.interview;

import dev.mocksy.InvalidTransitionException;
import dev.mocksy.MocksyException;
import dev.mocksy.evaluation.Evaluation;
import dev.mocksy.evaluation.EvaluationRequest;
import dev.mocksy.interview.InterviewEvent.Abandoned;
import dev.mocksy.interview.InterviewEvent.AnswerEvaluated;
import dev.mocksy.interview.InterviewEvent.AnswerReceived;
import dev.mocksy.interview.InterviewEvent.Completed;
import dev.mocksy.interview.InterviewEvent.ConsentRecorded;
import dev.mocksy.interview.InterviewEvent.FollowUpChosen;
import dev.mocksy.interview.InterviewEvent.ListeningStarted;
import dev.mocksy.interview.InterviewEvent.Paused;
import dev.mocksy.interview.InterviewEvent.QuestionAsked;
import dev.mocksy.interview.InterviewEvent.ReportGenerated;
import dev.mocksy.interview.InterviewEvent.Resumed;
import dev.mocksy.question.AdaptiveDifficulty;
import dev.mocksy.question.FollowUp;
import dev.mocksy.question.FollowUpRequest;
import dev.mocksy.question.Question;
import dev.mocksy.question.QuestionRequest;
import dev.mocksy.report.InterviewReport;
import dev.mocksy.speech.DeliveryMetrics;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * One interview, driven step by step; every step is journaled before anything slow happens.
 *
 * <pre>{@code
 * Question question = session.start();            // IDLE -> ASKING
 * session.listen();                               // ASKING -> LISTENING (question delivered)
 * Evaluation evaluation = session.submitAnswer(text); // -> PROCESSING (answer stored) -> FEEDBACK
 * Optional<Question> next = session.next();       // follow-up, next question, or COMPLETED
 * InterviewReport report = session.report();
 * }</pre>
 *
 * <p>One writer at a time: the methods are synchronized, and a second process writing the same session is detected
 * by the store ({@link dev.mocksy.JournalConflictException}). An operation the state does not allow throws
 * {@link InvalidTransitionException} and changes nothing.
 */
public final class InterviewSession {

    private final InterviewEngine engine;
    private InterviewSnapshot snapshot;
    private String draft = "";

    InterviewSession(InterviewEngine engine, InterviewSnapshot snapshot) {
        this.engine = engine;
        this.snapshot = snapshot;
    }

    public String id() {
        return snapshot.sessionId();
    }

    public InterviewPlan plan() {
        return snapshot.plan();
    }

    public synchronized InterviewState state() {
        return snapshot.state();
    }

    /** The whole state, as rebuilt from the journal. */
    public synchronized InterviewSnapshot snapshot() {
        return snapshot;
    }

    /** The question being asked or answered now, or the last one asked. */
    public synchronized Optional<Question> currentQuestion() {
        return snapshot.currentTurn().map(Turn::question);
    }

    /**
     * Asks the first question: {@code IDLE -> ASKING}.
     *
     * @throws MocksyException when the question generator has no question for this plan
     */
    public synchronized Question start() {
        requireState(InterviewState.IDLE, "start the interview", "it has started already");
        QuestionRequest request =
                new QuestionRequest(snapshot.plan(), snapshot.profile().orElse(null), snapshot.turns(), null);
        Question first = engine.questions()
                .firstQuestion(request)
                .orElseThrow(() -> new MocksyException("the question generator has no question for this plan ("
                        + describe(snapshot.plan()) + "); choose another role, type or level"));
        record(new QuestionAsked(first, 1));
        return first;
    }

    /** The question has been delivered; the answer clock starts: {@code ASKING -> LISTENING}. */
    public synchronized void listen() {
        requireState(InterviewState.ASKING, "start listening", "no question is being asked");
        record(new ListeningStarted(currentQuestionId()));
        draft = "";
    }

    /**
     * Keeps what has been typed or heard so far, so that a time-out closes the answer with it. Not journaled: only
     * the closed answer is.
     */
    public synchronized void draft(String captured) {
        draft = captured == null ? "" : captured;
    }

    /**
     * Stores the answer ({@code LISTENING -> PROCESSING}) without evaluating it; see {@link #evaluatePending()}. From
     * {@code ASKING} the session starts listening first. An answer given after the question's time limit is stored
     * in full and marked timed out.
     *
     * @throws dev.mocksy.InvalidAnswerException when the answer is empty or too long; nothing is recorded
     */
    public synchronized Answer receiveAnswer(String text) {
        return receiveAnswer(text, null);
    }

    /**
     * Stores a spoken answer with how it was delivered, like {@link #receiveAnswer(String)}; the delivery goes into
     * the journal and the report.
     *
     * @param delivery the answer's delivery metrics, or {@code null} when not measured
     * @throws dev.mocksy.InvalidAnswerException when the transcript is empty or too long; nothing is recorded
     */
    public synchronized Answer receiveAnswer(String text, DeliveryMetrics delivery) {
        if (snapshot.state() != InterviewState.ASKING) {
            requireState(InterviewState.LISTENING, "submit an answer", "no question is waiting for an answer");
        }
        String cleaned = AnswerText.clean(text, engine.maxAnswerChars());
        if (snapshot.state() == InterviewState.ASKING) {
            listen();
        }
        boolean late = snapshot.answerTimeLeft(now()).map(Duration::isZero).orElse(false);
        Answer answer = new Answer(cleaned, false, late, delivery);
        record(new AnswerReceived(currentQuestionId(), answer));
        return answer;
    }

    /**
     * Evaluates the stored answer: {@code PROCESSING -> FEEDBACK}. If the evaluator fails the answer stays stored
     * and the session stays in {@code PROCESSING}; call again to retry.
     */
    public synchronized Evaluation evaluatePending() {
        requireState(InterviewState.PROCESSING, "evaluate", "no answer is waiting for evaluation");
        Turn turn = snapshot.currentTurn().orElseThrow();
        Answer answer = turn.answer();
        Evaluation evaluation = answer.skipped()
                ? Evaluation.skipped(turn.question().keyPoints().stream()
                        .map(keyPoint -> keyPoint.point())
                        .toList())
                : engine.evaluator().evaluate(new EvaluationRequest(turn.question(), answer, snapshot.plan()));
        record(new AnswerEvaluated(turn.question().id(), evaluation));
        return evaluation;
    }

    /** Stores and evaluates an answer: {@link #receiveAnswer} then {@link #evaluatePending}. */
    public synchronized Evaluation submitAnswer(String text) {
        receiveAnswer(text);
        return evaluatePending();
    }

    /** Stores and evaluates a spoken answer: {@link #receiveAnswer(String, DeliveryMetrics)} then evaluates it. */
    public synchronized Evaluation submitAnswer(String text, DeliveryMetrics delivery) {
        receiveAnswer(text, delivery);
        return evaluatePending();
    }

    /** Skips the current question; it scores zero and the interview moves on with {@link #next()}. */
    public synchronized Evaluation skip() {
        if (snapshot.state() == InterviewState.ASKING) {
            listen();
        }
        requireState(InterviewState.LISTENING, "skip", "no question is waiting for an answer");
        record(new AnswerReceived(currentQuestionId(), Answer.skip()));
        return evaluatePending();
    }

    /**
     * Moves on after feedback: a follow-up, the next main question, or the end ({@code COMPLETED}) when the plan is
     * done, time is up, or no question is left.
     *
     * @return the question now being asked, or empty when the interview is complete
     */
    public synchronized Optional<Question> next() {
        requireState(InterviewState.FEEDBACK, "move to the next question", "answer the current question first");
        InterviewPlan plan = snapshot.plan();
        if (snapshot.timeLeft(now()).map(Duration::isZero).orElse(false)) {
            record(new Completed(
                    "the interview's time limit of " + plan.totalTimeLimit().toMinutes() + " minutes was reached"));
            return Optional.empty();
        }
        var thread = snapshot.currentThread();
        if (thread.size() - 1 < plan.maxFollowUps()) {
            Optional<FollowUp> followUp = engine.questions().followUp(new FollowUpRequest(plan, thread));
            if (followUp.isPresent()) {
                record(new FollowUpChosen(
                        followUp.get().question(),
                        thread.get(0).question().id(),
                        followUp.get().reason()));
                return Optional.of(followUp.get().question());
            }
        }
        int asked = snapshot.mainQuestionsAsked();
        if (asked >= plan.questionCount()) {
            record(new Completed("all " + plan.questionCount() + " questions were asked"));
            return Optional.empty();
        }
        QuestionRequest request = new QuestionRequest(
                plan,
                snapshot.profile().orElse(null),
                snapshot.turns(),
                AdaptiveDifficulty.next(plan.difficulty(), snapshot.turns()));
        Optional<Question> question = engine.questions().nextQuestion(request);
        if (question.isEmpty()) {
            record(new Completed("no more questions fit the plan after " + asked));
            return Optional.empty();
        }
        record(new QuestionAsked(question.get(), asked + 1));
        return question;
    }

    /** Pauses the interview; time stops until {@link #resume()}. */
    public synchronized void pause() {
        record(new Paused());
    }

    /** Resumes where the interview was paused. */
    public synchronized void resume() {
        record(new Resumed());
    }

    /**
     * Records the candidate's answer to a consent question in the journal; the state does not change. Record it
     * before capturing: e.g. {@code recordConsent(Consent.VIDEO, true, VisionConsent.STANDARD_STATEMENT)} before
     * the first webcam frame of an assessment. A refusal withdraws an earlier agreement.
     *
     * @param capability what is captured or analysed, e.g. {@link Consent#VIDEO} or {@link Consent#VOICE}
     * @param statement the wording the candidate was shown
     * @return the consent as recorded
     * @throws IllegalArgumentException when the capability or statement is blank
     * @throws InvalidTransitionException once the interview has ended
     */
    public synchronized Consent recordConsent(String capability, boolean granted, String statement) {
        record(new ConsentRecorded(capability, granted, statement));
        return snapshot.consents().get(snapshot.consents().size() - 1);
    }

    /**
     * Ends the interview early ({@code -> ABANDONED}); {@link #report()} still covers what was answered. An answer
     * stored but not evaluated is evaluated first.
     */
    public synchronized void end(String reason) {
        if (snapshot.state() == InterviewState.PROCESSING) {
            evaluatePending();
        }
        record(new Abandoned(reason == null || reason.isBlank() ? "ended by the candidate" : reason));
    }

    /**
     * Applies the time limits at the current time. When the answer's or the interview's time has run out while the
     * candidate is answering, the answer is closed with what was captured (see {@link #draft}), marked timed out,
     * and evaluated.
     *
     * @return the evaluation of an answer closed by a time-out, or empty when nothing ran out
     */
    public synchronized Optional<Evaluation> tick() {
        if (snapshot.state() != InterviewState.LISTENING) {
            return Optional.empty();
        }
        Instant now = now();
        boolean answerOut = snapshot.answerTimeLeft(now).map(Duration::isZero).orElse(false);
        boolean totalOut = snapshot.timeLeft(now).map(Duration::isZero).orElse(false);
        if (!answerOut && !totalOut) {
            return Optional.empty();
        }
        String captured = draft.isBlank() ? "" : AnswerText.clean(draft, engine.maxAnswerChars());
        record(new AnswerReceived(currentQuestionId(), Answer.timedOut(captured)));
        return Optional.of(evaluatePending());
    }

    /** Time left for the whole interview, if it has a limit. */
    public synchronized Optional<Duration> timeLeft() {
        return snapshot.timeLeft(now());
    }

    /** Time left for the current answer, if questions have a limit and one is being answered. */
    public synchronized Optional<Duration> answerTimeLeft() {
        return snapshot.answerTimeLeft(now());
    }

    /**
     * The report of a completed or ended interview; generated and journaled once, then returned as stored.
     *
     * @throws InvalidTransitionException while the interview is still running
     */
    public synchronized InterviewReport report() {
        if (snapshot.report().isPresent()) {
            return snapshot.report().get();
        }
        if (!snapshot.state().isTerminal()) {
            throw new InvalidTransitionException(
                    snapshot.state(), "generate a report", "finish the interview or end it early first");
        }
        InterviewReport report = engine.reports().generate(snapshot, now());
        record(new ReportGenerated(report));
        return report;
    }

    private void record(InterviewEvent event) {
        RecordedEvent recorded = new RecordedEvent(id(), snapshot.sequence() + 1, now(), event);
        InterviewSnapshot next = snapshot.apply(recorded);
        engine.store().append(recorded);
        snapshot = next;
    }

    private void requireState(InterviewState expected, String operation, String hint) {
        if (snapshot.state() != expected) {
            throw new InvalidTransitionException(snapshot.state(), operation, hint);
        }
    }

    private String currentQuestionId() {
        return snapshot.currentTurn().orElseThrow().question().id();
    }

    private Instant now() {
        return engine.clock().instant();
    }

    private static String describe(InterviewPlan plan) {
        return plan.role().id() + ", " + plan.type().id() + ", " + plan.level().id();
    }

    @Override
    public String toString() {
        return "InterviewSession[" + id() + "]";
    }
}
