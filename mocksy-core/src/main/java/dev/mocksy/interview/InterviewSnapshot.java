package dev.mocksy.interview;

import dev.mocksy.InvalidTransitionException;
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
import dev.mocksy.interview.InterviewEvent.SessionStarted;
import dev.mocksy.report.InterviewReport;
import dev.mocksy.resume.CandidateProfile;
import dev.mocksy.vision.AnswerVision;
import dev.mocksy.vision.FrameObservation;
import dev.mocksy.vision.VisionPolicy;
import dev.mocksy.vision.VisionReport;
import dev.mocksy.vision.VisionSummarizer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The state of an interview session: the fold of its events, immutable.
 *
 * <p>{@link #apply} is the state machine. It is the only place transitions are checked, so a live session and a
 * replayed journal cannot disagree.
 */
public final class InterviewSnapshot {

    private static final Set<InterviewState> PAUSABLE =
            EnumSet.of(InterviewState.ASKING, InterviewState.LISTENING, InterviewState.FEEDBACK);

    private final String sessionId;
    private final InterviewPlan plan;
    private final CandidateProfile profile;
    private final InterviewState state;
    private final InterviewState stateBeforePause;
    private final List<Turn> turns;
    private final long sequence;
    private final Instant createdAt;
    private final Instant lastEventAt;
    private final Instant clockStartedAt;
    private final Duration pausedTotal;
    private final Instant pausedAt;
    private final Instant listeningSince;
    private final Duration pausedWhileListening;
    private final String endReason;
    private final InterviewReport report;
    private final List<Consent> consents;
    private final List<FrameObserved> frames;
    private final String languageModelDropped;
    private final String candidateId;
    private final List<Note> notes;
    private final Set<String> bookmarks;
    private final List<Recording> recordings;
    private final Recording pendingRecording;

    private InterviewSnapshot(Builder b) {
        this.sessionId = b.sessionId;
        this.plan = b.plan;
        this.profile = b.profile;
        this.state = b.state;
        this.stateBeforePause = b.stateBeforePause;
        this.turns = List.copyOf(b.turns);
        this.sequence = b.sequence;
        this.createdAt = b.createdAt;
        this.lastEventAt = b.lastEventAt;
        this.clockStartedAt = b.clockStartedAt;
        this.pausedTotal = b.pausedTotal;
        this.pausedAt = b.pausedAt;
        this.listeningSince = b.listeningSince;
        this.pausedWhileListening = b.pausedWhileListening;
        this.endReason = b.endReason;
        this.report = b.report;
        this.consents = List.copyOf(b.consents);
        this.frames = List.copyOf(b.frames);
        this.languageModelDropped = b.languageModelDropped;
        this.candidateId = b.candidateId;
        this.notes = List.copyOf(b.notes);
        this.bookmarks = Collections.unmodifiableSet(new LinkedHashSet<>(b.bookmarks));
        this.recordings = List.copyOf(b.recordings);
        this.pendingRecording = b.pendingRecording;
    }

    /**
     * Rebuilds a session from its journal.
     *
     * @throws IllegalArgumentException when the journal is empty, does not start with {@link SessionStarted}, or
     *     skips a sequence number
     * @throws InvalidTransitionException when the journal holds an illegal transition
     */
    public static InterviewSnapshot replay(List<RecordedEvent> journal) {
        if (journal.isEmpty()) {
            throw new IllegalArgumentException("a journal needs at least its session-started event");
        }
        InterviewSnapshot snapshot = start(journal.get(0));
        for (RecordedEvent event : journal.subList(1, journal.size())) {
            snapshot = snapshot.apply(event);
        }
        return snapshot;
    }

    /** The snapshot of a session right after its {@link SessionStarted} event. */
    public static InterviewSnapshot start(RecordedEvent first) {
        if (!(first.event() instanceof SessionStarted started)) {
            throw new IllegalArgumentException("a journal must start with session-started, found "
                    + first.event().getClass().getSimpleName());
        }
        if (first.sequence() != 1) {
            throw new IllegalArgumentException("session-started must be event #1, found #" + first.sequence());
        }
        Builder b = new Builder();
        b.sessionId = first.sessionId();
        b.plan = started.plan();
        b.profile = started.profile();
        b.candidateId = started.candidateId();
        b.state = InterviewState.IDLE;
        b.sequence = 1;
        b.createdAt = first.at();
        b.lastEventAt = first.at();
        return new InterviewSnapshot(b);
    }

    /**
     * The state after one more event.
     *
     * @throws InvalidTransitionException when the event is not allowed in the current state; this snapshot is
     *     unchanged (as always: it is immutable)
     * @throws IllegalArgumentException when the event belongs to another session or breaks the sequence
     */
    public InterviewSnapshot apply(RecordedEvent recorded) {
        if (!recorded.sessionId().equals(sessionId)) {
            throw new IllegalArgumentException(
                    "event of session " + recorded.sessionId() + " applied to session " + sessionId);
        }
        if (recorded.sequence() != sequence + 1) {
            throw new IllegalArgumentException(
                    "expected event #" + (sequence + 1) + " of session " + sessionId + ", got #" + recorded.sequence());
        }
        Instant at = recorded.at();
        Builder b = toBuilder();
        b.sequence = recorded.sequence();
        b.lastEventAt = at;
        InterviewEvent event = recorded.event();
        if (event instanceof SessionStarted) {
            throw refused("start the session again", "it has started already");
        } else if (event instanceof QuestionAsked asked) {
            require(
                    "ask a question",
                    state == InterviewState.IDLE || state == InterviewState.FEEDBACK,
                    "the previous question is not finished");
            b.turns.add(new Turn(asked.question(), null, null, null, null));
            b.state = InterviewState.ASKING;
            b.pendingRecording = null;
            if (clockStartedAt == null) {
                b.clockStartedAt = at;
            }
        } else if (event instanceof FollowUpChosen followUp) {
            require("ask a follow-up", state == InterviewState.FEEDBACK, "the previous answer is not evaluated");
            b.turns.add(new Turn(followUp.question(), followUp.parentQuestionId(), followUp.reason(), null, null));
            b.state = InterviewState.ASKING;
            b.pendingRecording = null;
        } else if (event instanceof ListeningStarted) {
            require("start listening", state == InterviewState.ASKING, "no question is being asked");
            b.state = InterviewState.LISTENING;
            b.listeningSince = at;
            b.pausedWhileListening = Duration.ZERO;
        } else if (event instanceof AnswerReceived received) {
            require("submit an answer", state == InterviewState.LISTENING, "no question is waiting for an answer");
            b.turns.set(b.turns.size() - 1, currentTurnOrThrow().withAnswer(received.answer()));
            b.state = InterviewState.PROCESSING;
            b.listeningSince = null;
            b.pendingRecording = null;
        } else if (event instanceof AnswerEvaluated evaluated) {
            require("record an evaluation", state == InterviewState.PROCESSING, "no answer is being processed");
            b.turns.set(b.turns.size() - 1, currentTurnOrThrow().withEvaluation(evaluated.evaluation()));
            b.state = InterviewState.FEEDBACK;
        } else if (event instanceof Paused) {
            require("pause", PAUSABLE.contains(state), "only a question or its feedback can be paused");
            b.state = InterviewState.PAUSED;
            b.stateBeforePause = state;
            b.pausedAt = at;
        } else if (event instanceof Resumed) {
            require("resume", state == InterviewState.PAUSED, "the interview is not paused");
            Duration pause = Duration.between(pausedAt, at);
            b.state = stateBeforePause;
            b.stateBeforePause = null;
            b.pausedAt = null;
            b.pausedTotal = pausedTotal.plus(pause);
            if (listeningSince != null) {
                b.pausedWhileListening = pausedWhileListening.plus(pause);
            }
        } else if (event instanceof Completed completed) {
            require("complete", state == InterviewState.FEEDBACK, "the last answer is not evaluated yet");
            b.state = InterviewState.COMPLETED;
            b.endReason = completed.reason();
        } else if (event instanceof Abandoned abandoned) {
            require("end the interview", !state.isTerminal(), "it has ended already");
            b.state = InterviewState.ABANDONED;
            b.endReason = abandoned.reason();
            b.listeningSince = null;
            b.pendingRecording = null;
            if (pausedAt != null) {
                b.pausedTotal = pausedTotal.plus(Duration.between(pausedAt, at));
                b.pausedAt = null;
            }
        } else if (event instanceof ConsentRecorded consent) {
            require("record consent", !state.isTerminal(), "the interview has ended");
            b.consents.add(new Consent(consent.capability(), consent.granted(), consent.statement(), at));
        } else if (event instanceof ReportGenerated generated) {
            require("generate a report", state.isTerminal(), "the interview has not ended");
            b.report = generated.report();
        } else if (event instanceof QuestionRepeated repeated) {
            require(
                    "ask the question again",
                    state == InterviewState.ASKING
                            || state == InterviewState.LISTENING
                            || state == InterviewState.PROCESSING,
                    "no question is waiting for an answer");
            Turn turn = currentTurnOrThrow();
            b.turns.set(
                    b.turns.size() - 1,
                    new Turn(
                            repeated.question() != null ? repeated.question() : turn.question(),
                            turn.parentQuestionId(),
                            turn.followUpReason(),
                            null,
                            null));
            b.state = InterviewState.ASKING;
            b.listeningSince = null;
            b.pausedWhileListening = Duration.ZERO;
            b.pendingRecording = null;
        } else if (event instanceof Reopened) {
            require("reopen", !state.isTerminal(), "it has ended");
            if (clockStartedAt != null && state != InterviewState.PAUSED) {
                Duration away = nonNegative(Duration.between(lastEventAt, at));
                b.pausedTotal = pausedTotal.plus(away);
                if (listeningSince != null) {
                    b.pausedWhileListening = pausedWhileListening.plus(away);
                }
            }
        } else if (event instanceof FrameObserved frame) {
            require("observe a frame", !state.isTerminal(), "the interview has ended");
            b.frames.add(frame);
        } else if (event instanceof LanguageModelDropped dropped) {
            b.languageModelDropped = dropped.reason();
        } else if (event instanceof NoteAdded note) {
            if (note.questionId() != null) {
                requireAsked(note.questionId(), "add a note");
            }
            b.notes.add(new Note(note.questionId(), note.text(), at));
        } else if (event instanceof BookmarkSet bookmark) {
            requireAsked(bookmark.questionId(), "bookmark a question");
            if (bookmark.bookmarked()) {
                b.bookmarks.add(bookmark.questionId());
            } else {
                b.bookmarks.remove(bookmark.questionId());
            }
        } else if (event instanceof RecordingKept kept) {
            require(
                    "keep a recording",
                    state == InterviewState.ASKING || state == InterviewState.LISTENING,
                    "no question is waiting for an answer");
            require(
                    "keep a recording",
                    currentTurnOrThrow().question().id().equals(kept.questionId()),
                    "the recording must answer the current question");
            Recording recording = new Recording(kept.recordingId(), kept.questionId(), kept.mediaType(), at);
            b.recordings.add(recording);
            b.pendingRecording = recording;
        }
        return new InterviewSnapshot(b);
    }

    private void require(String operation, boolean allowed, String hint) {
        if (!allowed) {
            throw refused(operation, hint);
        }
    }

    private void requireAsked(String questionId, String operation) {
        require(
                operation,
                turns.stream().anyMatch(turn -> turn.question().id().equals(questionId)),
                "question " + questionId + " was not asked in this session");
    }

    private InvalidTransitionException refused(String operation, String hint) {
        return new InvalidTransitionException(state, operation, hint);
    }

    private Turn currentTurnOrThrow() {
        return currentTurn().orElseThrow(() -> refused("answer", "no question has been asked"));
    }

    public String sessionId() {
        return sessionId;
    }

    public InterviewPlan plan() {
        return plan;
    }

    /** The candidate's profile, if one was given. */
    public Optional<CandidateProfile> profile() {
        return Optional.ofNullable(profile);
    }

    public InterviewState state() {
        return state;
    }

    /** Every question so far, main questions and follow-ups, in order. */
    public List<Turn> turns() {
        return turns;
    }

    /** The sequence number of the last event applied. */
    public long sequence() {
        return sequence;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant lastEventAt() {
        return lastEventAt;
    }

    /** Why the interview ended, once it has. */
    public Optional<String> endReason() {
        return Optional.ofNullable(endReason);
    }

    /** The report, once generated. */
    public Optional<InterviewReport> report() {
        return Optional.ofNullable(report);
    }

    /** Every consent answer recorded in this session, oldest first. */
    public List<Consent> consents() {
        return consents;
    }

    /** Every webcam frame observed in this session, in order, with the question being answered at the time. */
    public List<FrameObserved> frames() {
        return frames;
    }

    /**
     * What was seen on camera, overall and per answer; empty when no frame was observed.
     *
     * <p>The policy is the one the session's plan and consents allow now.
     */
    public Optional<VisionReport> vision() {
        if (frames.isEmpty()) {
            return Optional.empty();
        }
        Map<String, List<FrameObservation>> perAnswer = new LinkedHashMap<>();
        for (FrameObserved frame : frames) {
            if (frame.questionId() != null) {
                perAnswer
                        .computeIfAbsent(frame.questionId(), id -> new ArrayList<>())
                        .add(frame.observation());
            }
        }
        VisionSummarizer summarizer = VisionSummarizer.defaults();
        List<AnswerVision> answers = new ArrayList<>();
        perAnswer.forEach((id, observed) -> answers.add(new AnswerVision(id, summarizer.summarize(observed))));
        List<FrameObservation> all =
                frames.stream().map(FrameObserved::observation).toList();
        return Optional.of(new VisionReport(VisionPolicy.forSession(this), summarizer.summarize(all), answers));
    }

    /** Whose session this is: the candidate id given when it started, or {@link Candidate#LOCAL}. */
    public String candidateId() {
        return candidateId;
    }

    /** The candidate's personal notes, on the session and on answers, oldest first. */
    public List<Note> notes() {
        return notes;
    }

    /** The notes on one question, oldest first. */
    public List<Note> notes(String questionId) {
        return notes.stream()
                .filter(note -> questionId.equals(note.questionId()))
                .toList();
    }

    /** The ids of the bookmarked questions, in the order they were bookmarked. */
    public Set<String> bookmarks() {
        return bookmarks;
    }

    /** The audio kept of spoken answers, oldest first; the audio itself is in the store. */
    public List<Recording> recordings() {
        return recordings;
    }

    /**
     * The recording of an answer to the current question that was kept but not yet turned into an answer: what a
     * process that died while transcribing leaves behind.
     */
    public Optional<Recording> pendingRecording() {
        return Optional.ofNullable(pendingRecording);
    }

    /** Why the session stopped using its language model, if it did; the offline interviewer took over then. */
    public Optional<String> languageModelDropped() {
        return Optional.ofNullable(languageModelDropped);
    }

    /** The latest consent answer for {@code capability} (e.g. {@link Consent#VIDEO}), if one was recorded. */
    public Optional<Consent> consentFor(String capability) {
        for (int i = consents.size() - 1; i >= 0; i--) {
            if (consents.get(i).capability().equals(capability)) {
                return Optional.of(consents.get(i));
            }
        }
        return Optional.empty();
    }

    /** Whether the candidate's latest answer for {@code capability} is an agreement. */
    public boolean hasConsent(String capability) {
        return consentFor(capability).map(Consent::granted).orElse(false);
    }

    /** The question being asked or answered now, or the last one. */
    public Optional<Turn> currentTurn() {
        return turns.isEmpty() ? Optional.empty() : Optional.of(turns.get(turns.size() - 1));
    }

    /** How many main questions have been asked. */
    public int mainQuestionsAsked() {
        return (int) turns.stream().filter(turn -> !turn.isFollowUp()).count();
    }

    /** The current main question's turn and its follow-ups so far. */
    public List<Turn> currentThread() {
        int start = turns.size() - 1;
        while (start > 0 && turns.get(start).isFollowUp()) {
            start--;
        }
        return turns.isEmpty() ? List.of() : turns.subList(start, turns.size());
    }

    /** The state the session returns to on resume, while paused. */
    public Optional<InterviewState> stateBeforePause() {
        return Optional.ofNullable(stateBeforePause);
    }

    /** Interview time used at {@code now}: from the first question, pauses excluded. */
    public Duration elapsed(Instant now) {
        if (clockStartedAt == null) {
            return Duration.ZERO;
        }
        Instant end = state.isTerminal() ? lastEventAt : now;
        Duration paused = pausedTotal.plus(pausedAt == null ? Duration.ZERO : Duration.between(pausedAt, end));
        return nonNegative(Duration.between(clockStartedAt, end).minus(paused));
    }

    /** Time spent on the current answer at {@code now}, pauses excluded; zero when not listening. */
    public Duration answerElapsed(Instant now) {
        if (listeningSince == null) {
            return Duration.ZERO;
        }
        Duration paused = pausedWhileListening.plus(pausedAt == null ? Duration.ZERO : Duration.between(pausedAt, now));
        return nonNegative(Duration.between(listeningSince, now).minus(paused));
    }

    /** Time left for the whole interview at {@code now}, if it has a limit. */
    public Optional<Duration> timeLeft(Instant now) {
        return Optional.ofNullable(plan.totalTimeLimit()).map(limit -> nonNegative(limit.minus(elapsed(now))));
    }

    /** Time left for the current answer at {@code now}, if questions have a limit and one is being answered. */
    public Optional<Duration> answerTimeLeft(Instant now) {
        if (plan.questionTimeLimit() == null || listeningSince == null) {
            return Optional.empty();
        }
        return Optional.of(nonNegative(plan.questionTimeLimit().minus(answerElapsed(now))));
    }

    private static Duration nonNegative(Duration duration) {
        return duration.isNegative() ? Duration.ZERO : duration;
    }

    private Builder toBuilder() {
        Builder b = new Builder();
        b.sessionId = sessionId;
        b.plan = plan;
        b.profile = profile;
        b.state = state;
        b.stateBeforePause = stateBeforePause;
        b.turns = new ArrayList<>(turns);
        b.sequence = sequence;
        b.createdAt = createdAt;
        b.lastEventAt = lastEventAt;
        b.clockStartedAt = clockStartedAt;
        b.pausedTotal = pausedTotal;
        b.pausedAt = pausedAt;
        b.listeningSince = listeningSince;
        b.pausedWhileListening = pausedWhileListening;
        b.endReason = endReason;
        b.report = report;
        b.consents = new ArrayList<>(consents);
        b.frames = new ArrayList<>(frames);
        b.languageModelDropped = languageModelDropped;
        b.candidateId = candidateId;
        b.notes = new ArrayList<>(notes);
        b.bookmarks = new LinkedHashSet<>(bookmarks);
        b.recordings = new ArrayList<>(recordings);
        b.pendingRecording = pendingRecording;
        return b;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof InterviewSnapshot that
                && sessionId.equals(that.sessionId)
                && sequence == that.sequence
                && state == that.state
                && stateBeforePause == that.stateBeforePause
                && plan.equals(that.plan)
                && Objects.equals(profile, that.profile)
                && turns.equals(that.turns)
                && pausedTotal.equals(that.pausedTotal)
                && Objects.equals(endReason, that.endReason)
                && Objects.equals(report, that.report)
                && consents.equals(that.consents)
                && frames.equals(that.frames)
                && Objects.equals(languageModelDropped, that.languageModelDropped)
                && candidateId.equals(that.candidateId)
                && notes.equals(that.notes)
                && bookmarks.equals(that.bookmarks)
                && recordings.equals(that.recordings)
                && Objects.equals(pendingRecording, that.pendingRecording);
    }

    @Override
    public int hashCode() {
        return Objects.hash(sessionId, sequence, state, turns);
    }

    @Override
    public String toString() {
        return "InterviewSnapshot[" + sessionId + " #" + sequence + " " + state + ", " + turns.size() + " turns]";
    }

    private static final class Builder {
        private String sessionId;
        private InterviewPlan plan;
        private CandidateProfile profile;
        private InterviewState state;
        private InterviewState stateBeforePause;
        private List<Turn> turns = new ArrayList<>();
        private long sequence;
        private Instant createdAt;
        private Instant lastEventAt;
        private Instant clockStartedAt;
        private Duration pausedTotal = Duration.ZERO;
        private Instant pausedAt;
        private Instant listeningSince;
        private Duration pausedWhileListening = Duration.ZERO;
        private String endReason;
        private InterviewReport report;
        private List<Consent> consents = new ArrayList<>();
        private List<FrameObserved> frames = new ArrayList<>();
        private String languageModelDropped;
        private String candidateId = Candidate.LOCAL;
        private List<Note> notes = new ArrayList<>();
        private Set<String> bookmarks = new LinkedHashSet<>();
        private List<Recording> recordings = new ArrayList<>();
        private Recording pendingRecording;
    }
}
