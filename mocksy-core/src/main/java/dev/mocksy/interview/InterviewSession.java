package dev.mocksy.interview;

import dev.mocksy.ConsentRequiredException;
import dev.mocksy.InvalidAnswerException;
import dev.mocksy.InvalidTransitionException;
import dev.mocksy.MocksyException;
import dev.mocksy.evaluation.Evaluation;
import dev.mocksy.evaluation.EvaluationRequest;
import dev.mocksy.interview.InterviewEvent.Abandoned;
import dev.mocksy.interview.InterviewEvent.AnswerEvaluated;
import dev.mocksy.interview.InterviewEvent.AnswerReceived;
import dev.mocksy.interview.InterviewEvent.BookmarkSet;
import dev.mocksy.interview.InterviewEvent.Completed;
import dev.mocksy.interview.InterviewEvent.ConsentRecorded;
import dev.mocksy.interview.InterviewEvent.FollowUpChosen;
import dev.mocksy.interview.InterviewEvent.FrameObserved;
import dev.mocksy.interview.InterviewEvent.LanguageModelDropped;
import dev.mocksy.interview.InterviewEvent.ListeningStarted;
import dev.mocksy.interview.InterviewEvent.NoteAdded;
import dev.mocksy.interview.InterviewEvent.Paused;
import dev.mocksy.interview.InterviewEvent.QuestionAsked;
import dev.mocksy.interview.InterviewEvent.QuestionRepeated;
import dev.mocksy.interview.InterviewEvent.RecordingKept;
import dev.mocksy.interview.InterviewEvent.Reopened;
import dev.mocksy.interview.InterviewEvent.ReportGenerated;
import dev.mocksy.interview.InterviewEvent.Resumed;
import dev.mocksy.llm.SessionBudget;
import dev.mocksy.llm.interviewer.LlmHints;
import dev.mocksy.question.AdaptiveDifficulty;
import dev.mocksy.question.CandidateHistory;
import dev.mocksy.question.FollowUp;
import dev.mocksy.question.FollowUpRequest;
import dev.mocksy.question.Question;
import dev.mocksy.question.QuestionRequest;
import dev.mocksy.report.InterviewReport;
import dev.mocksy.speech.AudioClip;
import dev.mocksy.speech.DeliveryContext;
import dev.mocksy.speech.DeliveryMetrics;
import dev.mocksy.speech.DeliveryRequest;
import dev.mocksy.speech.SpeechToText;
import dev.mocksy.speech.TextToSpeech;
import dev.mocksy.speech.Transcript;
import dev.mocksy.speech.WavReader;
import dev.mocksy.speech.WavWriter;
import dev.mocksy.speech.turn.TurnListener;
import dev.mocksy.speech.turn.TurnSettings;
import dev.mocksy.store.StoredRecording;
import dev.mocksy.vision.Frame;
import dev.mocksy.vision.FrameObservation;
import dev.mocksy.vision.VisionPolicy;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * One interview, driven step by step; every step is journaled before anything slow happens.
 *
 * <pre>{@code
 * Question question = session.start();                 // IDLE -> ASKING
 * session.listen();                                    // ASKING -> LISTENING (question delivered)
 * Evaluation evaluation = session.submitAnswer(text);  // -> PROCESSING (answer stored) -> FEEDBACK
 * Optional<Question> next = session.next();            // follow-up, next question, or COMPLETED
 * InterviewReport report = session.report();
 * }</pre>
 *
 * <p>Voice and video come in through the session too: {@link #submitSpokenAnswer} transcribes a recorded answer and
 * measures its delivery, {@link #openLiveAnswer} listens hands-free to a live stream, {@link #observeFrame} analyses a
 * webcam frame when the session's {@link VisionPolicy} allows it, and {@link #speakQuestion} gives the question a
 * voice. Whatever they produce is journaled by the session, never by the providers.
 *
 * <p>One writer at a time: the methods are synchronized, and a second process writing the same session is detected
 * by the store ({@link dev.mocksy.JournalConflictException}). An operation the state does not allow throws
 * {@link InvalidTransitionException} and changes nothing.
 */
public final class InterviewSession {

    /** The prefix of an evaluation's method when the offline evaluator stood in for a language model. */
    private static final String FALLBACK = "fallback:";

    private final InterviewEngine engine;
    private final SessionBudget budget;
    private InterviewSnapshot snapshot;
    private String draft = "";
    private CandidateHistory earlier;

    InterviewSession(InterviewEngine engine, InterviewSnapshot snapshot) {
        this.engine = engine;
        this.snapshot = snapshot;
        this.budget = SessionBudget.of(engine.languageModelBudget());
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

    /** The evaluation of the latest answer, once it has one: the feedback to show in {@code FEEDBACK}. */
    public synchronized Optional<Evaluation> lastEvaluation() {
        return snapshot.currentTurn().map(Turn::evaluation);
    }

    /**
     * Asks the first question: {@code IDLE -> ASKING}.
     *
     * @throws MocksyException when the question generator has no question for this plan
     */
    public synchronized Question start() {
        requireState(InterviewState.IDLE, "start the interview", "it has started already");
        QuestionRequest request = withEarlierSessions(new QuestionRequest(
                snapshot.plan(), snapshot.profile().orElse(null), snapshot.turns(), null, Set.of(), List.of()));
        Question first = interviewerStep(() -> interviewer().questions().firstQuestion(request))
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
     * @throws InvalidAnswerException when the answer is empty or too long; nothing is recorded
     */
    public synchronized Answer receiveAnswer(String text) {
        return receiveAnswer(text, null);
    }

    /**
     * Stores an answer with how it was delivered, like {@link #receiveAnswer(String)}; the delivery goes into the
     * journal and the report.
     *
     * @param delivery the answer's delivery metrics, or {@code null} when not measured
     * @throws InvalidAnswerException when the transcript is empty or too long; nothing is recorded
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
     * Transcribes a recorded answer with the configured speech-to-text, measures its delivery, and stores both with
     * the answer, without evaluating it.
     *
     * @throws InvalidAnswerException when nothing was recognised; nothing is recorded and the question stays open,
     *     so ask the candidate to say it again
     * @throws dev.mocksy.ProviderSelectionException when no speech-to-text is configured, or it would send the audio
     *     off the machine in an assessment
     * @throws dev.mocksy.UnsupportedInputException when the audio cannot be read
     */
    public synchronized Answer receiveSpokenAnswer(AudioClip clip) {
        Objects.requireNonNull(clip, "clip");
        if (snapshot.state() != InterviewState.ASKING) {
            requireState(InterviewState.LISTENING, "submit an answer", "no question is waiting for an answer");
        }
        SpeechToText recogniser = engine.speechToText(snapshot.plan());
        keepRecording(clip);
        Transcript transcript = recogniser.transcribe(clip);
        if (transcript.isBlank()) {
            throw new InvalidAnswerException("nothing was recognised in the recording; nothing was recorded, so ask"
                    + " the candidate to say it again");
        }
        return receiveSpoken(transcript, clip);
    }

    /**
     * Keeps the answer's audio in the store before anything slow happens, when recordings are on and, in an
     * assessment, the candidate agreed to {@link Consent#VOICE}; the audio is written first, then the journal says so.
     */
    private void keepRecording(AudioClip clip) {
        if (!engine.keepsRecordings()
                || (snapshot.plan().context() == InterviewContext.ASSESSMENT && !snapshot.hasConsent(Consent.VOICE))) {
            return;
        }
        String recordingId = "r" + (snapshot.sequence() + 1);
        engine.store().saveRecording(new StoredRecording(id(), recordingId, Recording.WAV, WavWriter.toBytes(clip)));
        record(new RecordingKept(currentQuestionId(), recordingId, Recording.WAV));
    }

    /** Transcribes, stores and evaluates a recorded answer: {@link #receiveSpokenAnswer} then evaluates it. */
    public synchronized Evaluation submitSpokenAnswer(AudioClip clip) {
        receiveSpokenAnswer(clip);
        return evaluatePending();
    }

    /**
     * Starts listening to a live spoken answer, hands-free; see {@link LiveAnswer}. From {@code ASKING} the session
     * starts listening first.
     *
     * @param sampleRate the rate of the 16-bit mono PCM that will be fed, 8000-48000 Hz
     * @throws dev.mocksy.ProviderSelectionException when no speech-to-text is configured, or it would send the audio
     *     off the machine in an assessment
     */
    public synchronized LiveAnswer openLiveAnswer(int sampleRate, TurnSettings settings, TurnListener listener) {
        if (snapshot.state() == InterviewState.ASKING) {
            listen();
        }
        requireState(InterviewState.LISTENING, "listen to an answer", "no question is waiting for an answer");
        return new LiveAnswer(this, engine.speechToText(snapshot.plan()), sampleRate, settings, listener);
    }

    /** Stores a heard answer with the delivery measured from its audio. */
    synchronized Answer receiveSpoken(Transcript transcript, AudioClip clip) {
        if (snapshot.pendingRecording().isEmpty()) {
            keepRecording(clip);
        }
        DeliveryMetrics delivery = engine.deliveryAnalyzer()
                .analyze(DeliveryRequest.of(clip, transcript).in(DeliveryContext.of(snapshot.plan())));
        return receiveAnswer(transcript.text(), delivery);
    }

    /**
     * Evaluates the stored answer: {@code PROCESSING -> FEEDBACK}. If the evaluator fails the answer stays stored
     * and the session stays in {@code PROCESSING}; call again to retry.
     *
     * <p>An answer that asks for the question again ("could you repeat that?") is not graded: the question is put
     * again in other words ({@code -> ASKING}) and the returned evaluation carries
     * {@link dev.mocksy.evaluation.AnswerFlag#CLARIFICATION_REQUEST}; deliver {@link #currentQuestion()} again.
     */
    public synchronized Evaluation evaluatePending() {
        requireState(InterviewState.PROCESSING, "evaluate", "no answer is waiting for evaluation");
        Turn turn = snapshot.currentTurn().orElseThrow();
        Answer answer = turn.answer();
        Evaluation evaluation = answer.skipped()
                ? Evaluation.skipped(turn.question().keyPoints().stream()
                        .map(keyPoint -> keyPoint.point())
                        .toList())
                : interviewerStep(() -> interviewer()
                        .evaluator()
                        .evaluate(new EvaluationRequest(turn.question(), answer, snapshot.plan())));
        if (evaluation.clarificationRequest()) {
            Question again = interviewerStep(() -> interviewer().questions().rephrase(turn.question(), answer.text()));
            record(new QuestionRepeated(turn.question().id(), "the candidate asked to hear the question again", again));
            return evaluation;
        }
        if (standingIn() && !evaluation.method().startsWith(FALLBACK)) {
            evaluation = evaluation.withMethod(FALLBACK + evaluation.method());
        }
        record(new AnswerEvaluated(turn.question().id(), evaluation));
        return evaluation;
    }

    /** Stores and evaluates an answer: {@link #receiveAnswer} then {@link #evaluatePending}. */
    public synchronized Evaluation submitAnswer(String text) {
        receiveAnswer(text);
        return evaluatePending();
    }

    /** Stores and evaluates an answer with its delivery: {@link #receiveAnswer(String, DeliveryMetrics)}, then evaluates. */
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
     * A nudge towards what a strong answer to the current question covers, given what the candidate has said so far;
     * written by the language model when the session uses one, else taken from the question's key points. Journals
     * nothing. Products decide when to offer hints: a realistic interview usually gives none.
     *
     * @throws InvalidTransitionException when no question has been asked
     */
    public synchronized LlmHints.Hint hint(String typedSoFar) {
        Question question = currentQuestion()
                .orElseThrow(() ->
                        new InvalidTransitionException(snapshot.state(), "give a hint", "no question has been asked"));
        return interviewerStep(() ->
                engine.hint(snapshot.plan(), snapshot.languageModelDropped().isPresent(), question, typedSoFar));
    }

    /**
     * Puts the pending question to the candidate again, with a fresh answer timer: {@code ASKING | LISTENING ->
     * ASKING}. For a candidate who asked to hear it again, or did not catch it.
     *
     * @return the question, to deliver again
     */
    public synchronized Question repeatQuestion(String reason) {
        if (snapshot.state() != InterviewState.ASKING) {
            requireState(InterviewState.LISTENING, "repeat the question", "no question is waiting for an answer");
        }
        record(new QuestionRepeated(
                currentQuestionId(), reason == null || reason.isBlank() ? "asked to hear it again" : reason, null));
        draft = "";
        return currentQuestion().orElseThrow();
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
            Optional<FollowUp> followUp = interviewerStep(
                    () -> interviewer().questions().followUp(new FollowUpRequest(plan, thread, snapshot.turns())));
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
        QuestionRequest request = withEarlierSessions(new QuestionRequest(
                plan,
                snapshot.profile().orElse(null),
                snapshot.turns(),
                AdaptiveDifficulty.next(plan.difficulty(), snapshot.turns()),
                Set.of(),
                List.of()));
        Optional<Question> question =
                interviewerStep(() -> interviewer().questions().nextQuestion(request));
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
     * Adds a personal note to the session, or to one of its questions; allowed at any time, after the end too.
     *
     * @param questionId a question asked in this session, or {@code null} for a note on the whole session
     * @return the note as recorded
     * @throws IllegalArgumentException when the text is blank or longer than {@link NoteAdded#MAX_CHARS}
     * @throws InvalidTransitionException when the question was not asked in this session
     */
    public synchronized Note addNote(String questionId, String text) {
        record(new NoteAdded(questionId, text));
        return snapshot.notes().get(snapshot.notes().size() - 1);
    }

    /**
     * Bookmarks a question of this session to come back to, or removes the bookmark; allowed at any time.
     *
     * @throws InvalidTransitionException when the question was not asked in this session
     */
    public synchronized void bookmark(String questionId, boolean bookmarked) {
        record(new BookmarkSet(questionId, bookmarked));
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

    /** What the session's plan and recorded consents allow the camera to be used for now. */
    public synchronized VisionPolicy visionPolicy() {
        return VisionPolicy.forSession(snapshot);
    }

    /**
     * Observes a webcam frame with the configured vision analyzer and journals what was seen, for the answer being
     * given (or between answers); the report summarises it per answer and overall.
     *
     * @throws ConsentRequiredException when the session's {@link #visionPolicy()} does not allow it (in an assessment,
     *     without the candidate's recorded video consent); nothing is analysed
     * @throws dev.mocksy.ProviderSelectionException when no vision analyzer is configured
     * @throws dev.mocksy.UnsupportedInputException when the frame cannot be decoded
     * @throws InvalidTransitionException once the interview has ended
     */
    public synchronized FrameObservation observeFrame(Frame frame) {
        Objects.requireNonNull(frame, "frame");
        if (snapshot.state().isTerminal()) {
            throw new InvalidTransitionException(snapshot.state(), "observe a frame", "the interview has ended");
        }
        visionPolicy().requireAllowed();
        FrameObservation observation = engine.visionAnalyzer().analyze(frame);
        String questionId = snapshot.state() == InterviewState.LISTENING ? currentQuestionId() : null;
        record(new FrameObserved(questionId, observation));
        return observation;
    }

    /**
     * The current question in the interviewer's voice, through the configured text-to-speech.
     *
     * @return the audio, or empty when no text-to-speech is configured (deliver the question as text)
     * @throws dev.mocksy.ProviderSelectionException when the configured voice would send the text off the machine in
     *     an assessment
     */
    public synchronized Optional<AudioClip> speakQuestion() {
        if (!engine.speaks()) {
            return Optional.empty();
        }
        String text = currentQuestion()
                .map(Question::text)
                .orElseThrow(() -> new InvalidTransitionException(
                        snapshot.state(), "speak the question", "no question has been asked"));
        return Optional.of(engine.textToSpeech(snapshot.plan()).synthesize(text));
    }

    /**
     * The current question in the interviewer's voice, piece by piece: each clip (a sentence, with voices that
     * synthesize a sentence at a time) is handed to {@code pieces} on the calling thread as soon as it is ready, so
     * playback can start after the first sentence. The session is not held while the voice speaks.
     *
     * @return whether it was spoken; false when no text-to-speech is configured (deliver the question as text)
     * @throws InvalidTransitionException when no question is being asked
     * @throws dev.mocksy.ProviderSelectionException when the configured voice would send the text off the machine in
     *     an assessment
     */
    public boolean speakQuestion(Consumer<AudioClip> pieces) {
        Objects.requireNonNull(pieces, "pieces");
        String text;
        TextToSpeech voice;
        synchronized (this) {
            if (!engine.speaks()) {
                return false;
            }
            text = currentQuestion()
                    .map(Question::text)
                    .orElseThrow(() -> new InvalidTransitionException(
                            snapshot.state(), "speak the question", "no question has been asked"));
            voice = engine.textToSpeech(snapshot.plan());
        }
        voice.synthesize(text, pieces);
        return true;
    }

    /**
     * A short utterance of the interviewer other than a question, such as a backchannel cue ("mm-hm") or a request to
     * say the answer again, in the same voice and under the same rules as {@link #speakQuestion()}.
     *
     * @return the audio, or empty when no text-to-speech is configured
     * @throws IllegalArgumentException when the text is blank or longer than 500 characters
     */
    public Optional<AudioClip> speak(String text) {
        if (text == null || text.isBlank() || text.length() > 500) {
            throw new IllegalArgumentException(
                    "the interviewer speaks 1 to 500 characters, got " + (text == null ? "none" : text.length()));
        }
        TextToSpeech voice;
        synchronized (this) {
            if (!engine.speaks()) {
                return Optional.empty();
            }
            voice = engine.textToSpeech(snapshot.plan());
        }
        return Optional.of(voice.synthesize(text.strip()));
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
        InterviewReport report = interviewerStep(() -> interviewer().reports().generate(snapshot, now()));
        record(new ReportGenerated(report));
        return report;
    }

    /**
     * After an interruption: the time away is not counted, a pending question is asked again with a fresh timer, and
     * a stored answer not yet evaluated is evaluated.
     */
    void reopen() {
        InterviewState state = snapshot.state();
        if (state.isTerminal() || state == InterviewState.IDLE) {
            return;
        }
        record(new Reopened());
        if (snapshot.pendingRecording().isPresent() && answeredFromRecording()) {
            return;
        }
        if (state == InterviewState.ASKING || state == InterviewState.LISTENING) {
            record(new QuestionRepeated(currentQuestionId(), "the session was reopened after an interruption", null));
        } else if (state == InterviewState.PROCESSING) {
            evaluatePending();
        }
    }

    /** The request aimed away from questions the candidate had in earlier sessions and at their weak topics. */
    private QuestionRequest withEarlierSessions(QuestionRequest request) {
        if (earlier == null) {
            earlier = engine.earlierSessions(snapshot.candidateId(), id());
        }
        return request.withEarlierSessions(earlier.askedQuestionIds(), earlier.weakTopics());
    }

    /** Whether the offline interviewer stands in for this session's dropped language model. */
    private boolean standingIn() {
        return snapshot.languageModelDropped().isPresent() && engine.usesRemoteInterviewer(snapshot.plan());
    }

    /**
     * A recording kept before the process died while transcribing it: transcribed now, stored as the answer and
     * evaluated, so the candidate does not answer again. False (the question is asked again; the audio stays
     * downloadable) when it cannot be.
     */
    private boolean answeredFromRecording() {
        Recording pending = snapshot.pendingRecording().orElseThrow();
        try {
            Optional<StoredRecording> audio = engine.store().recording(id(), pending.recordingId());
            if (audio.isEmpty()) {
                return false;
            }
            AudioClip clip = WavReader.read(new ByteArrayInputStream(audio.get().audio()), pending.recordingId());
            Transcript transcript = engine.speechToText(snapshot.plan()).transcribe(clip);
            if (transcript.isBlank()) {
                return false;
            }
            receiveSpoken(transcript, clip);
        } catch (MocksyException e) {
            return false;
        }
        evaluatePending();
        return true;
    }

    /** The interviewer for this session's next step: the offline one once the language model was dropped. */
    private Interviewer interviewer() {
        return engine.interviewerFor(
                snapshot.plan(), snapshot.languageModelDropped().isPresent());
    }

    /**
     * Runs one step of the interviewer within the session's language model budget, and journals that the model is
     * dropped as soon as the budget is spent (a rejected key spends it at once).
     */
    private <T> T interviewerStep(Supplier<T> step) {
        if (!engine.usesRemoteInterviewer(snapshot.plan())
                || snapshot.languageModelDropped().isPresent()) {
            return step.get();
        }
        T result = budget.run(step);
        if (budget.spent() && !snapshot.state().isTerminal()) {
            record(new LanguageModelDropped(budget.reason().orElseThrow()));
        }
        return result;
    }

    private void record(InterviewEvent event) {
        RecordedEvent recorded = new RecordedEvent(id(), snapshot.sequence() + 1, now(), event);
        InterviewSnapshot next = snapshot.apply(recorded);
        engine.store().append(recorded, next);
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
