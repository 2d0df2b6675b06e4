package dev.mocksy.interview;

import dev.mocksy.ProviderSelectionException;
import dev.mocksy.SessionNotFoundException;
import dev.mocksy.StoreException;
import dev.mocksy.llm.interviewer.LlmHints;
import dev.mocksy.question.CandidateHistory;
import dev.mocksy.question.Question;
import dev.mocksy.resume.CandidateProfile;
import dev.mocksy.speech.DeliveryAnalyzer;
import dev.mocksy.speech.SpeechToText;
import dev.mocksy.speech.TextToSpeech;
import dev.mocksy.spi.Capability;
import dev.mocksy.store.HistoryQuery;
import dev.mocksy.store.InterviewStore;
import dev.mocksy.vision.VisionAnalyzer;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * Starts, resumes and lists interview sessions over one store and one set of providers. Thread-safe; share one.
 *
 * <p>Built by {@link dev.mocksy.Mocksy}, through which applications reach it; it hands out sessions and keeps its
 * store and strategies to itself.
 */
public final class InterviewEngine {

    /** The default for {@link Builder#maxAnswerChars(int)}: about 3,000 words, far beyond any spoken answer. */
    public static final int DEFAULT_MAX_ANSWER_CHARS = 20_000;

    /** The default for {@link Builder#languageModelBudget}: time a session may lose to a failing language model. */
    public static final Duration DEFAULT_LANGUAGE_MODEL_BUDGET = Duration.ofSeconds(60);

    private static final DateTimeFormatter ID_TIME =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final InterviewStore store;
    private final Interviewer interviewer;
    private final Interviewer offline;
    private final boolean interviewerRemote;
    private final boolean remoteAllowedInAssessments;
    private final Duration languageModelBudget;
    private final Supplier<SpeechToText> speechToText;
    private final boolean speechToTextRemote;
    private final Supplier<TextToSpeech> textToSpeech;
    private final boolean textToSpeechRemote;
    private final Supplier<DeliveryAnalyzer> deliveryAnalyzer;
    private final Supplier<VisionAnalyzer> visionAnalyzer;
    private final LlmHints hints;
    private final BiFunction<String, List<InterviewSnapshot>, CandidateHistory> history;
    private final Clock clock;
    private final int maxAnswerChars;
    private final boolean keepRecordings;

    private InterviewEngine(Builder b) {
        this.store = Objects.requireNonNull(b.store, "store");
        this.interviewer = Objects.requireNonNull(b.interviewer, "interviewer");
        this.offline = b.offline != null ? b.offline : b.interviewer;
        this.interviewerRemote = b.interviewerRemote;
        this.remoteAllowedInAssessments = b.remoteAllowedInAssessments;
        this.languageModelBudget = Objects.requireNonNull(b.languageModelBudget, "languageModelBudget");
        this.speechToText = b.speechToText;
        this.speechToTextRemote = b.speechToTextRemote;
        this.textToSpeech = b.textToSpeech;
        this.textToSpeechRemote = b.textToSpeechRemote;
        this.deliveryAnalyzer = b.deliveryAnalyzer;
        this.visionAnalyzer = b.visionAnalyzer;
        this.hints = b.hints;
        this.history = b.history;
        this.clock = Objects.requireNonNull(b.clock, "clock");
        if (b.maxAnswerChars < 1) {
            throw new IllegalArgumentException("maxAnswerChars must be positive, got " + b.maxAnswerChars);
        }
        this.maxAnswerChars = b.maxAnswerChars;
        this.keepRecordings = b.keepRecordings;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Creates a session in {@link InterviewState#IDLE}; call {@link InterviewSession#start()} to ask the first
     * question.
     *
     * @param profile the candidate's profile, or {@code null}
     */
    public InterviewSession create(InterviewPlan plan, CandidateProfile profile) {
        return create(plan, profile, Candidate.LOCAL);
    }

    /**
     * Creates a session of one candidate in {@link InterviewState#IDLE}; their history, progress and deletion go by
     * {@code candidateId}.
     *
     * @param profile the candidate's profile, or {@code null}
     * @throws IllegalArgumentException when the candidate id is not valid (see {@link Candidate#requireValid})
     */
    public InterviewSession create(InterviewPlan plan, CandidateProfile profile, String candidateId) {
        Objects.requireNonNull(plan, "plan");
        Candidate.requireValid(candidateId);
        String id = ID_TIME.format(clock.instant()) + "-"
                + String.format("%06x", ThreadLocalRandom.current().nextInt(1 << 24));
        RecordedEvent first = new RecordedEvent(
                id, 1, clock.instant(), new InterviewEvent.SessionStarted(plan, profile, candidateId));
        InterviewSnapshot started = InterviewSnapshot.start(first);
        store.append(first, started);
        return new InterviewSession(this, started);
    }

    /**
     * Reopens a session after an interruption (a crash, a closed terminal): the time nobody was there does not count
     * against its timers, a pending question is asked again with a fresh answer timer, and an answer that was stored
     * but not evaluated is evaluated now, so no answer is lost. Each of these is journaled.
     *
     * @throws SessionNotFoundException when the store has no such session
     * @throws StoreException when its journal cannot be read, saying where and how to recover
     */
    public InterviewSession resume(String sessionId) {
        InterviewSession session = new InterviewSession(this, load(sessionId));
        session.reopen();
        return session;
    }

    /**
     * The stored session as it stands, to continue in this process exactly where the journal ends, journaling
     * nothing: how a stateless server node picks up a session another node was running.
     *
     * @throws SessionNotFoundException when the store has no such session
     */
    public InterviewSession attach(String sessionId) {
        return new InterviewSession(this, load(sessionId));
    }

    /**
     * The state of a stored session, rebuilt from its journal without running anything.
     *
     * @throws SessionNotFoundException when the store has no such session
     * @throws StoreException when its journal cannot be read or replayed
     */
    public InterviewSnapshot load(String sessionId) {
        List<RecordedEvent> journal = store.load(sessionId);
        if (journal.isEmpty()) {
            throw new SessionNotFoundException(sessionId);
        }
        try {
            return InterviewSnapshot.replay(journal);
        } catch (RuntimeException e) {
            throw new StoreException(
                    "the journal of session " + sessionId + " holds events that do not replay (" + e.getMessage()
                            + "); the store keeps it as written, so move it aside to hide it",
                    e);
        }
    }

    /** Every stored session, oldest first: a summary of each readable one, and each damaged one with its reason. */
    public SessionListing list() {
        List<SessionSummary> readable = new ArrayList<>();
        List<DamagedSession> damaged = new ArrayList<>();
        for (String id : store.sessionIds()) {
            try {
                readable.add(SessionSummary.of(load(id)));
            } catch (StoreException e) {
                damaged.add(new DamagedSession(id, e.getMessage()));
            }
        }
        return new SessionListing(readable, damaged);
    }

    /** The readable sessions matching the query, oldest first; damaged ones are left out (see {@link #list()}). */
    public List<InterviewSnapshot> sessions(HistoryQuery query) {
        List<InterviewSnapshot> sessions = new ArrayList<>();
        for (String id : store.find(query)) {
            try {
                sessions.add(load(id));
            } catch (StoreException | SessionNotFoundException e) {
                // listed apart by list(); history and progress go by what can be read
            }
        }
        sessions.sort(Comparator.comparing(InterviewSnapshot::createdAt));
        return sessions;
    }

    /** What the candidate had in earlier sessions than {@code sessionId}, for choosing new questions. */
    CandidateHistory earlierSessions(String candidateId, String sessionId) {
        List<InterviewSnapshot> earlier = sessions(HistoryQuery.of(candidateId)).stream()
                .filter(session -> !session.sessionId().equals(sessionId))
                .toList();
        return earlier.isEmpty() ? CandidateHistory.empty(candidateId) : history.apply(candidateId, earlier);
    }

    InterviewStore store() {
        return store;
    }

    /** The interviewer a session of this plan uses: the offline one in an assessment unless allowed otherwise. */
    Interviewer interviewerFor(InterviewPlan plan, boolean budgetSpent) {
        if (budgetSpent
                || (plan.context() == InterviewContext.ASSESSMENT
                        && interviewerRemote
                        && !remoteAllowedInAssessments)) {
            return offline;
        }
        return interviewer;
    }

    /** Whether sessions of this plan use a remote interviewer, whose time the session's budget limits. */
    boolean usesRemoteInterviewer(InterviewPlan plan) {
        return interviewerRemote && interviewerFor(plan, false) == interviewer && interviewer != offline;
    }

    Duration languageModelBudget() {
        return languageModelBudget;
    }

    SpeechToText speechToText(InterviewPlan plan) {
        return permitted(speechToText.get(), speechToTextRemote, Capability.SPEECH_TO_TEXT, plan);
    }

    TextToSpeech textToSpeech(InterviewPlan plan) {
        return permitted(textToSpeech.get(), textToSpeechRemote, Capability.TEXT_TO_SPEECH, plan);
    }

    boolean speaks() {
        return textToSpeech.get() != null;
    }

    DeliveryAnalyzer deliveryAnalyzer() {
        return require(deliveryAnalyzer.get(), Capability.DELIVERY_ANALYZER);
    }

    VisionAnalyzer visionAnalyzer() {
        return require(visionAnalyzer.get(), Capability.VISION_ANALYZER);
    }

    /** A hint for the question: from the language model when the session may use it, else from the question. */
    LlmHints.Hint hint(InterviewPlan plan, boolean budgetSpent, Question question, String typedSoFar) {
        boolean model = hints != null && interviewerFor(plan, budgetSpent) == interviewer;
        return model ? hints.hint(question, typedSoFar) : LlmHints.offline(question, typedSoFar);
    }

    Clock clock() {
        return clock;
    }

    int maxAnswerChars() {
        return maxAnswerChars;
    }

    boolean keepsRecordings() {
        return keepRecordings;
    }

    private <T> T permitted(T provider, boolean remote, Capability<T> capability, InterviewPlan plan) {
        T present = require(provider, capability);
        if (remote && plan.context() == InterviewContext.ASSESSMENT && !remoteAllowedInAssessments) {
            throw new ProviderSelectionException(
                    capability.name(),
                    List.of(),
                    "the configured " + capability.name() + " sends data off the machine, and an assessment keeps"
                            + " candidates' data on it unless the product allows third parties for assessments"
                            + " (setting mocksy.assessment.remote-providers=allow); choose an on-device provider"
                            + " such as " + capability.artifacts());
        }
        return present;
    }

    private static <T> T require(T provider, Capability<T> capability) {
        if (provider == null) {
            throw new ProviderSelectionException(
                    capability.name(),
                    List.of(),
                    "no " + capability.name() + " is configured; add " + capability.artifacts()
                            + " to the class path, or pass one to the Mocksy builder");
        }
        return provider;
    }

    /** Sets up an engine; only the store and the interviewer are required. */
    public static final class Builder {
        private InterviewStore store;
        private Interviewer interviewer;
        private Interviewer offline;
        private boolean interviewerRemote;
        private boolean remoteAllowedInAssessments;
        private Duration languageModelBudget = DEFAULT_LANGUAGE_MODEL_BUDGET;
        private Supplier<SpeechToText> speechToText = () -> null;
        private boolean speechToTextRemote;
        private Supplier<TextToSpeech> textToSpeech = () -> null;
        private boolean textToSpeechRemote;
        private Supplier<DeliveryAnalyzer> deliveryAnalyzer = () -> null;
        private Supplier<VisionAnalyzer> visionAnalyzer = () -> null;
        private LlmHints hints;
        private BiFunction<String, List<InterviewSnapshot>, CandidateHistory> history =
                (candidate, sessions) -> CandidateHistory.empty(candidate);
        private Clock clock = Clock.systemUTC();
        private int maxAnswerChars = DEFAULT_MAX_ANSWER_CHARS;
        private boolean keepRecordings;

        private Builder() {}

        public Builder store(InterviewStore store) {
            this.store = store;
            return this;
        }

        /**
         * The interviewer sessions use.
         *
         * @param remote whether it sends resumes and answers off the machine (it is backed by a language model)
         */
        public Builder interviewer(Interviewer interviewer, boolean remote) {
            this.interviewer = interviewer;
            this.interviewerRemote = remote;
            return this;
        }

        /** The on-device interviewer for assessments and for sessions whose language model budget ran out. */
        public Builder offlineInterviewer(Interviewer offline) {
            this.offline = offline;
            return this;
        }

        /** Whether assessments may use remote providers too; by default they run on the device only. */
        public Builder remoteAllowedInAssessments(boolean allowed) {
            this.remoteAllowedInAssessments = allowed;
            return this;
        }

        /** How long one session may lose to failing or stalled language model calls before it goes offline. */
        public Builder languageModelBudget(Duration budget) {
            if (budget == null || budget.isNegative()) {
                throw new IllegalArgumentException("languageModelBudget must be zero or positive, got " + budget);
            }
            this.languageModelBudget = budget;
            return this;
        }

        public Builder speechToText(SpeechToText speechToText, boolean remote) {
            return speechToText(() -> speechToText, remote);
        }

        /**
         * The speech-to-text, found when the first spoken answer needs it (loading a recogniser's model is slow).
         *
         * @param speechToText gives the recogniser, or {@code null} when there is none
         * @param remote whether it sends audio off the machine
         */
        public Builder speechToText(Supplier<SpeechToText> speechToText, boolean remote) {
            this.speechToText = Objects.requireNonNull(speechToText, "speechToText");
            this.speechToTextRemote = remote;
            return this;
        }

        public Builder textToSpeech(TextToSpeech textToSpeech, boolean remote) {
            return textToSpeech(() -> textToSpeech, remote);
        }

        /** The interviewer's voice, found when first needed; the supplier gives {@code null} when there is none. */
        public Builder textToSpeech(Supplier<TextToSpeech> textToSpeech, boolean remote) {
            this.textToSpeech = Objects.requireNonNull(textToSpeech, "textToSpeech");
            this.textToSpeechRemote = remote;
            return this;
        }

        public Builder deliveryAnalyzer(DeliveryAnalyzer deliveryAnalyzer) {
            return deliveryAnalyzer(() -> deliveryAnalyzer);
        }

        /** The delivery analyzer, found when first needed; the supplier gives {@code null} when there is none. */
        public Builder deliveryAnalyzer(Supplier<DeliveryAnalyzer> deliveryAnalyzer) {
            this.deliveryAnalyzer = Objects.requireNonNull(deliveryAnalyzer, "deliveryAnalyzer");
            return this;
        }

        public Builder visionAnalyzer(VisionAnalyzer visionAnalyzer) {
            return visionAnalyzer(() -> visionAnalyzer);
        }

        /** The vision analyzer, found when first needed; the supplier gives {@code null} when there is none. */
        public Builder visionAnalyzer(Supplier<VisionAnalyzer> visionAnalyzer) {
            this.visionAnalyzer = Objects.requireNonNull(visionAnalyzer, "visionAnalyzer");
            return this;
        }

        /** Hints written by the language model; without them hints come from the questions' own key points. */
        public Builder hints(LlmHints hints) {
            this.hints = hints;
            return this;
        }

        /**
         * How a candidate's earlier sessions become what new sessions avoid and aim at (questions had, weak topics); by
         * default nothing is carried over.
         */
        public Builder history(BiFunction<String, List<InterviewSnapshot>, CandidateHistory> history) {
            this.history = Objects.requireNonNull(history, "history");
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        /** The longest answer accepted, in characters; default 20,000. */
        public Builder maxAnswerChars(int maxAnswerChars) {
            this.maxAnswerChars = maxAnswerChars;
            return this;
        }

        /**
         * Whether the audio of spoken answers is kept in the store (before it is transcribed), to download later and
         * deleted with its session; off by default. In an assessment a recording is kept only once the candidate's
         * {@link Consent#VOICE} consent is recorded.
         */
        public Builder keepRecordings(boolean keep) {
            this.keepRecordings = keep;
            return this;
        }

        /**
         * Builds the engine.
         *
         * @throws NullPointerException when the store or the interviewer is missing
         * @throws IllegalArgumentException when the answer limit is not positive
         */
        public InterviewEngine build() {
            return new InterviewEngine(this);
        }
    }
}
