package dev.mocksy;

import dev.mocksy.analytics.Exports;
import dev.mocksy.analytics.ProgressAnalyzer;
import dev.mocksy.analytics.ProgressReport;
import dev.mocksy.evaluation.AnswerEvaluator;
import dev.mocksy.evaluation.Evaluation;
import dev.mocksy.evaluation.EvaluationRequest;
import dev.mocksy.interview.Answer;
import dev.mocksy.interview.Candidate;
import dev.mocksy.interview.InterviewEngine;
import dev.mocksy.interview.InterviewPlan;
import dev.mocksy.interview.InterviewSession;
import dev.mocksy.interview.InterviewSnapshot;
import dev.mocksy.interview.Interviewer;
import dev.mocksy.interview.Note;
import dev.mocksy.interview.SessionListing;
import dev.mocksy.interview.SessionSummary;
import dev.mocksy.llm.LanguageModel;
import dev.mocksy.llm.SessionBudget;
import dev.mocksy.llm.interviewer.LlmHints;
import dev.mocksy.question.CandidateHistory;
import dev.mocksy.question.Question;
import dev.mocksy.question.QuestionGenerator;
import dev.mocksy.report.HtmlReportWriter;
import dev.mocksy.report.InterviewReport;
import dev.mocksy.report.JsonReportWriter;
import dev.mocksy.report.MarkdownReportWriter;
import dev.mocksy.report.ProgressPoint;
import dev.mocksy.report.ReportContent;
import dev.mocksy.report.ReportEmail;
import dev.mocksy.report.ReportFormat;
import dev.mocksy.report.ReportGenerator;
import dev.mocksy.report.ReportMailer;
import dev.mocksy.resume.CandidateProfile;
import dev.mocksy.resume.JobDescription;
import dev.mocksy.resume.ProfileExtractor;
import dev.mocksy.resume.ResumeDocument;
import dev.mocksy.resume.ResumeParser;
import dev.mocksy.speech.AudioClip;
import dev.mocksy.speech.DeliveryAnalyzer;
import dev.mocksy.speech.DeliveryContext;
import dev.mocksy.speech.DeliveryRequest;
import dev.mocksy.speech.SpeechToText;
import dev.mocksy.speech.SpokenAnswer;
import dev.mocksy.speech.TextToSpeech;
import dev.mocksy.speech.Transcript;
import dev.mocksy.speech.VoiceAnswers;
import dev.mocksy.speech.WavReader;
import dev.mocksy.speech.WavStream;
import dev.mocksy.spi.Capability;
import dev.mocksy.spi.ProviderConfig;
import dev.mocksy.spi.ProviderRegistry;
import dev.mocksy.spi.Providers;
import dev.mocksy.store.Deletion;
import dev.mocksy.store.HistoryQuery;
import dev.mocksy.store.InterviewStore;
import dev.mocksy.store.JournalImport;
import dev.mocksy.store.StoredRecording;
import dev.mocksy.vision.VisionAnalyzer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The entry point, and the one door to every capability: providers are chosen once, then any number of interviews.
 *
 * <pre>{@code
 * Mocksy mocksy = Mocksy.builder().build();   // offline defaults: question bank, heuristic evaluator
 * InterviewSession session = mocksy.startInterview(InterviewPlan.builder().role("backend").questionCount(3).build());
 * Question question = session.start();
 * Evaluation evaluation = session.submitAnswer("I would add an index on the customer_id column because ...");
 * while (session.next().isPresent()) { ... }
 * InterviewReport report = session.report();
 * }</pre>
 *
 * <p>Each capability (resume parser, profile extractor, question generator, answer evaluator, report generator,
 * store, language model, speech-to-text, text-to-speech, delivery analyzer, vision analyzer) is, in order: the
 * instance given to the builder; the provider whose id is configured ({@code mocksy.answer-evaluator=heuristic} as a
 * builder setting, system property, or environment variable {@code MOCKSY_ANSWER_EVALUATOR}); the only available one
 * on the class path with the highest priority. Providers that send data off the machine (language models, cloud
 * speech) are used only when chosen: an API key in the environment alone sends nothing anywhere. With a language
 * model chosen, the LLM-backed question generator, evaluator, report generator and profile extractor rank first and
 * fall back to the offline ones. Optional capabilities that are missing are a {@link ProviderSelectionException}
 * naming the artifact to add when asked for. Thread-safe.
 */
public final class Mocksy implements AutoCloseable {

    /** The setting that lets assessments use remote providers too ({@code allow}); by default they stay on device. */
    public static final String ASSESSMENT_REMOTE = "mocksy.assessment.remote-providers";

    /** The setting for {@link Builder#languageModelBudget}, in whole seconds. */
    public static final String LANGUAGE_MODEL_BUDGET = "mocksy.language-model.session-budget-seconds";

    /** The setting that keeps the audio of spoken answers ({@code keep}); see {@link Builder#keepRecordings}. */
    public static final String RECORDINGS = "mocksy.recordings";

    private final Providers providers;
    private final InterviewEngine engine;
    private final int maxAnswerChars;
    private final InterviewStore store;
    private final CandidateData candidates;
    private final Clock clock;
    private final boolean ownsStore;

    private Mocksy(
            Providers providers,
            InterviewEngine engine,
            int maxAnswerChars,
            InterviewStore store,
            boolean ownsStore,
            Clock clock) {
        this.providers = providers;
        this.engine = engine;
        this.maxAnswerChars = maxAnswerChars;
        this.store = store;
        this.ownsStore = ownsStore;
        this.clock = clock;
        this.candidates = new CandidateData(engine, store, MocksyHome.resolve(providers.config()), clock);
    }

    public static Builder builder() {
        return new Builder();
    }

    // ---- interviews -------------------------------------------------------------------------------------------------

    /** Creates and starts nothing yet: the session is {@code IDLE} until {@link InterviewSession#start()}. */
    public InterviewSession startInterview(InterviewPlan plan) {
        return engine.create(plan, null);
    }

    /** A session whose questions can draw on the candidate's profile. */
    public InterviewSession startInterview(InterviewPlan plan, CandidateProfile profile) {
        return engine.create(plan, profile);
    }

    /**
     * A session of one candidate (a product's user id), whose history, progress and deletion go by that id; the
     * other {@code startInterview} methods start sessions of {@link Candidate#LOCAL}.
     *
     * @param profile the candidate's profile, or {@code null}
     * @throws IllegalArgumentException when the candidate id is not valid (see {@link Candidate#requireValid})
     */
    public InterviewSession startInterview(InterviewPlan plan, CandidateProfile profile, String candidateId) {
        return engine.create(plan, profile, candidateId);
    }

    /**
     * Reopens a stored session after an interruption (a crash, a closed window): the time away does not count, the
     * pending question is asked again with a fresh timer, and an answer stored but not evaluated is evaluated now.
     *
     * @throws SessionNotFoundException when the store has no such session
     * @throws StoreException when its journal is damaged, saying where and how to recover
     */
    public InterviewSession resumeInterview(String sessionId) {
        return engine.resume(sessionId);
    }

    /**
     * The stored session exactly where its journal ends, to go on with it here (for example on another server node);
     * unlike {@link #resumeInterview} it journals nothing.
     *
     * @throws SessionNotFoundException when the store has no such session
     */
    public InterviewSession session(String sessionId) {
        return engine.attach(sessionId);
    }

    /**
     * The state of a stored session, read from its journal without running anything.
     *
     * @throws SessionNotFoundException when the store has no such session
     * @throws StoreException when its journal is damaged
     */
    public InterviewSnapshot loadSession(String sessionId) {
        return engine.load(sessionId);
    }

    /** Every stored session, oldest first, with the damaged ones listed apart so that none hides the others. */
    public SessionListing sessions() {
        return engine.list();
    }

    // ---- history and progress --------------------------------------------------------------------------------------

    /** A candidate's sessions matching the query (role, type, technology, dates), oldest first. */
    public List<SessionSummary> history(HistoryQuery query) {
        return candidates.sessions(query).stream().map(SessionSummary::of).toList();
    }

    /** Every session of the candidate, oldest first. */
    public List<SessionSummary> history(String candidateId) {
        return history(HistoryQuery.of(candidateId));
    }

    /**
     * The candidate's progress: score trends per category, retakes against the previous attempt, recurring weak
     * topics, the next interview to take and a study plan, and the same questions answered over time.
     */
    public ProgressReport progress(String candidateId) {
        return new ProgressAnalyzer().analyze(candidateId, candidates.sessions(HistoryQuery.of(candidateId)));
    }

    /**
     * The question ids asked in the candidate's earlier sessions and their weak topics, for a new session to prefer
     * questions the candidate has not had and to aim at what they are weak on.
     */
    public CandidateHistory candidateHistory(String candidateId) {
        return new ProgressAnalyzer().history(candidateId, candidates.sessions(HistoryQuery.of(candidateId)));
    }

    /**
     * Adds a personal note to a stored session or one of its questions; allowed after the end too.
     *
     * @param questionId a question asked in the session, or {@code null} for a note on the session
     * @throws SessionNotFoundException when the store has no such session
     * @throws InvalidTransitionException when the question was not asked in that session
     * @throws IllegalArgumentException when the note is blank or too long
     */
    public Note addNote(String sessionId, String questionId, String text) {
        return engine.attach(sessionId).addNote(questionId, text);
    }

    /**
     * Bookmarks a question of a stored session, or removes the bookmark.
     *
     * @throws SessionNotFoundException when the store has no such session
     * @throws InvalidTransitionException when the question was not asked in that session
     */
    public void bookmark(String sessionId, String questionId, boolean bookmarked) {
        engine.attach(sessionId).bookmark(questionId, bookmarked);
    }

    /** The kept audio of a spoken answer (see {@link Builder#keepRecordings}); empty when none was kept. */
    public Optional<StoredRecording> recording(String sessionId, String recordingId) {
        return store.recording(sessionId, recordingId);
    }

    // ---- exports ------------------------------------------------------------------------------------------------

    /**
     * One session as JSON: plan, profile, questions with answers, evaluations, notes and bookmarks, and the report.
     *
     * @throws SessionNotFoundException when the store has no such session
     */
    public String exportSession(String sessionId) {
        return Exports.session(engine.load(sessionId));
    }

    /** Writes {@link #exportSession(String)} to a file, remembered so that deleting the session removes it. */
    public Path exportSession(String sessionId, Path file) {
        InterviewSnapshot session = engine.load(sessionId);
        return candidates.write(file, Exports.session(session), session.candidateId(), sessionId, "export");
    }

    /** Every session of the candidate with their progress, as JSON. */
    public String exportHistory(String candidateId) {
        List<InterviewSnapshot> sessions = candidates.sessions(HistoryQuery.of(candidateId));
        return Exports.history(candidateId, sessions, new ProgressAnalyzer().analyze(candidateId, sessions));
    }

    /** Writes {@link #exportHistory(String)} to a file, remembered so that deleting the candidate removes it. */
    public Path exportHistory(String candidateId, Path file) {
        return candidates.write(file, exportHistory(candidateId), candidateId, null, "export");
    }

    /**
     * The candidate's evaluated answers as an anonymised JSON-lines dataset for research: question, answer and
     * scores, with names, e-mail addresses, phone numbers, companies and links redacted (see {@link Exports}).
     */
    public String exportDataset(String candidateId) {
        return Exports.dataset(candidates.sessions(HistoryQuery.of(candidateId)));
    }

    /** Writes {@link #exportDataset(String)} to a file, remembered so that deleting the candidate removes it. */
    public Path exportDataset(String candidateId, Path file) {
        return candidates.write(file, exportDataset(candidateId), candidateId, null, "dataset");
    }

    // ---- reports ------------------------------------------------------------------------------------------------

    /**
     * The session's report in a format; a finished session without its report gets it generated (and journaled)
     * first. HTML and PDF carry the charts and the progress line across the candidate's sessions.
     *
     * @throws SessionNotFoundException when the store has no such session
     * @throws InvalidTransitionException while the interview is still running
     * @throws ProviderSelectionException for PDF without mocksy-report-pdf on the class path
     */
    public byte[] renderReport(String sessionId, ReportFormat format) {
        Objects.requireNonNull(format, "format");
        InterviewReport report = engine.attach(sessionId).report();
        return switch (format) {
            case JSON -> (new JsonReportWriter().write(report) + "\n").getBytes(StandardCharsets.UTF_8);
            case MARKDOWN -> new MarkdownReportWriter().write(report).getBytes(StandardCharsets.UTF_8);
            case HTML -> new HtmlReportWriter().write(reportContent(sessionId)).getBytes(StandardCharsets.UTF_8);
            case PDF -> providers.require(Capability.PDF_REPORT).render(reportContent(sessionId));
        };
    }

    /** Writes {@link #renderReport} to a file, remembered so that deleting the session removes it. */
    public Path saveReport(String sessionId, ReportFormat format, Path file) {
        byte[] bytes = renderReport(sessionId, format);
        return candidates.write(file, bytes, engine.load(sessionId).candidateId(), sessionId, "report");
    }

    /**
     * What an HTML or PDF report of the session shows: the report, the questions as asked (their model answers), the
     * candidate's overall scores up to this session, their notes and bookmarks.
     *
     * @throws IllegalArgumentException when the session has no report yet
     */
    public ReportContent reportContent(String sessionId) {
        InterviewSnapshot session = engine.load(sessionId);
        List<ProgressPoint> progress = progress(session.candidateId()).sessions().stream()
                .filter(score -> !score.createdAt().isAfter(session.createdAt()))
                .map(score -> new ProgressPoint(score.sessionId(), score.createdAt(), score.overall()))
                .toList();
        return ReportContent.of(session, progress);
    }

    /**
     * E-mails the session's report to {@code address}: the HTML report as the body, with the PDF attached when
     * mocksy-report-pdf is present (else the HTML file).
     *
     * @throws ProviderSelectionException when no mailer is configured (add mocksy-report-email and set
     *     {@code mocksy.smtp.host})
     * @throws IllegalArgumentException when the address is not an e-mail address
     */
    public void emailReport(String sessionId, String address) {
        ReportMailer mailer = providers.require(Capability.REPORT_MAILER);
        InterviewReport report = engine.attach(sessionId).report();
        ReportContent content = reportContent(sessionId);
        String html = new HtmlReportWriter().write(content);
        ReportEmail.Attachment attachment = providers
                .find(Capability.PDF_REPORT)
                .map(pdf -> new ReportEmail.Attachment(
                        "mocksy-report-" + sessionId + ".pdf", pdf.mediaType(), pdf.render(content)))
                .orElseGet(() -> new ReportEmail.Attachment(
                        "mocksy-report-" + sessionId + ".html", "text/html", html.getBytes(StandardCharsets.UTF_8)));
        String subject = "Your Mocksy interview report: " + report.plan().role().displayName() + " "
                + report.plan().type().displayName().toLowerCase(Locale.ROOT) + ", " + report.overall()
                + "/100";
        mailer.send(
                new ReportEmail(address, subject, new MarkdownReportWriter().write(report), html, List.of(attachment)));
    }

    // ---- the candidate's data -------------------------------------------------------------------------------------

    /**
     * Deletes a session and everything of it: its journal, answers, evaluations, report, notes, bookmarks and
     * recordings in the store, its saved and exported reports, and a journal file it was imported from.
     *
     * @throws SessionNotFoundException when nothing of that session exists
     */
    public Deletion deleteSession(String sessionId) {
        return candidates.deleteSession(sessionId);
    }

    /** Deletes all of a candidate's data: every session as {@link #deleteSession} does, and every file exported. */
    public Deletion deleteCandidate(String candidateId) {
        return candidates.deleteCandidate(candidateId);
    }

    /**
     * Imports the JSON-lines journals of a directory (by default {@code <home>/sessions}) into the configured store;
     * the files are kept, and running it again imports nothing twice.
     */
    public JournalImport.Result importJournals(Path directory) {
        return JournalImport.run(directory, store);
    }

    /** What {@link #importJournals} would do, writing nothing: e.g. which journals of the directory are damaged. */
    public JournalImport.Result checkJournals(Path directory) {
        return JournalImport.check(directory, store);
    }

    // ---- one-off jobs -----------------------------------------------------------------------------------------------

    /**
     * Evaluates one answer to one question, outside any interview.
     *
     * @throws InvalidAnswerException when the answer is empty or longer than the configured limit; nothing is
     *     evaluated
     */
    public Evaluation evaluate(Question question, String answer) {
        Objects.requireNonNull(question, "question");
        if (answer != null && answer.length() > maxAnswerChars) {
            throw new InvalidAnswerException(String.format(
                    "the answer is %,d characters long; the limit is %,d: nothing was evaluated",
                    answer.length(), maxAnswerChars));
        }
        if (answer == null || answer.isBlank()) {
            throw new InvalidAnswerException("the answer is empty: nothing was evaluated");
        }
        return answerEvaluator().evaluate(new EvaluationRequest(question, Answer.of(answer), null));
    }

    /**
     * Reads a document (PDF, DOCX, DOC, RTF, HTML, Markdown, text) into text with the configured resume parser.
     *
     * @throws UnsupportedInputException when the file is missing, a directory, or cannot be read as a document
     * @throws ProviderSelectionException when no resume parser is configured (add mocksy-resume)
     */
    public ResumeDocument readDocument(Path file) {
        Objects.requireNonNull(file, "file");
        if (Files.isDirectory(file)) {
            throw new UnsupportedInputException(file + " is a directory; give the path of a document file");
        }
        ResumeParser parser = resumeParser();
        try (InputStream in = Files.newInputStream(file)) {
            return parser.parse(in, file.getFileName().toString());
        } catch (NoSuchFileException e) {
            throw new UnsupportedInputException("no such file: " + file);
        } catch (IOException e) {
            throw new UnsupportedInputException("cannot read " + file + ": " + e.getMessage());
        }
    }

    /** The candidate profile of a resume file. */
    public CandidateProfile profile(Path resume) {
        return profile(resume, null);
    }

    /**
     * The candidate profile of a resume file, read in the light of a job description file when one is given. With a
     * language model chosen, the model refines the offline profile from the resume with contact details redacted.
     *
     * @param jobDescription the job description in any document format, or {@code null}
     */
    public CandidateProfile profile(Path resume, Path jobDescription) {
        ResumeDocument document = readDocument(resume);
        String job =
                jobDescription == null ? null : readDocument(jobDescription).text();
        return profileExtractor().extract(document, job);
    }

    /** The parsed job description of a document file. */
    public JobDescription jobDescription(Path file) {
        return JobDescription.parse(readDocument(file).text());
    }

    /**
     * Transcribes a recorded answer and measures its delivery, outside any interview.
     *
     * @throws ProviderSelectionException when no speech-to-text is configured
     */
    public SpokenAnswer listen(AudioClip clip, DeliveryContext context) {
        Transcript transcript = speechToText().transcribe(clip);
        return new SpokenAnswer(
                transcript,
                deliveryAnalyzer().analyze(DeliveryRequest.of(clip, transcript).in(context)));
    }

    /**
     * Transcribes a recorded WAV file and measures its delivery, outside any interview, reading it window by window
     * so that an hour-long recording fits in a small heap.
     *
     * @throws dev.mocksy.UnsupportedInputException when the file is missing or not a supported WAV, naming its format
     * @throws ProviderSelectionException when no speech-to-text is configured
     */
    public SpokenAnswer listen(Path wav, DeliveryContext context) {
        try (WavStream stream = WavReader.open(wav)) { // a bad file fails here, before any model loads
            return new VoiceAnswers(speechToText(), deliveryAnalyzer()).fromStream(stream, context);
        }
    }

    /**
     * Transcribes WAV bytes read from a stream (not closed) and measures their delivery, window by window.
     *
     * @param name what to call the input in error messages
     * @throws dev.mocksy.UnsupportedInputException when the bytes are not a supported WAV, naming their format
     */
    public SpokenAnswer listen(InputStream wav, String name, DeliveryContext context) {
        try (WavStream stream = WavReader.open(wav, name)) {
            return new VoiceAnswers(speechToText(), deliveryAnalyzer()).fromStream(stream, context);
        }
    }

    // ---- capabilities -----------------------------------------------------------------------------------------------

    /** The chosen language model; empty when Mocksy runs on its offline defaults. */
    public Optional<LanguageModel> languageModel() {
        return providers.find(Capability.LANGUAGE_MODEL);
    }

    /** Whether a provider of {@code capability} is configured or present. */
    public boolean supports(Capability<?> capability) {
        return providers.find(capability).isPresent();
    }

    /** @throws ProviderSelectionException when none is configured, naming the artifact to add */
    public ResumeParser resumeParser() {
        return providers.require(Capability.RESUME_PARSER);
    }

    /** @throws ProviderSelectionException when none is configured, naming the artifact to add */
    public ProfileExtractor profileExtractor() {
        return providers.require(Capability.PROFILE_EXTRACTOR);
    }

    /** The question generator interviews use (LLM-backed when a language model is chosen). */
    public QuestionGenerator questionGenerator() {
        return providers.require(Capability.QUESTION_GENERATOR);
    }

    /** The answer evaluator interviews use (LLM-backed when a language model is chosen). */
    public AnswerEvaluator answerEvaluator() {
        return providers.require(Capability.ANSWER_EVALUATOR);
    }

    /** The report generator interviews use (LLM-backed when a language model is chosen). */
    public ReportGenerator reportGenerator() {
        return providers.require(Capability.REPORT_GENERATOR);
    }

    /** @throws ProviderSelectionException when none is configured, naming the artifact to add */
    public SpeechToText speechToText() {
        return providers.require(Capability.SPEECH_TO_TEXT);
    }

    /** @throws ProviderSelectionException when none is configured, naming the artifact to add */
    public TextToSpeech textToSpeech() {
        return providers.require(Capability.TEXT_TO_SPEECH);
    }

    /** @throws ProviderSelectionException when none is configured, naming the artifact to add */
    public DeliveryAnalyzer deliveryAnalyzer() {
        return providers.require(Capability.DELIVERY_ANALYZER);
    }

    /** @throws ProviderSelectionException when none is configured, naming the artifact to add */
    public VisionAnalyzer visionAnalyzer() {
        return providers.require(Capability.VISION_ANALYZER);
    }

    /**
     * The mailer {@link #emailReport} sends with, for an application that mails other messages of its own (a
     * password reset link, say) through the same server.
     *
     * @throws ProviderSelectionException when none is configured (add mocksy-report-email and set
     *     {@code mocksy.smtp.host})
     */
    public ReportMailer reportMailer() {
        return providers.require(Capability.REPORT_MAILER);
    }

    /** The settings providers were created with. */
    public ProviderConfig config() {
        return providers.config();
    }

    /**
     * Releases what this instance opened, such as a database store's connections; a store passed to the builder is
     * the caller's to close. Sessions of this instance cannot be used afterwards.
     */
    @Override
    public void close() {
        if (ownsStore && store instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception e) {
                throw new StoreException("could not close the store: " + e.getMessage(), e);
            }
        }
    }

    /**
     * What {@link Builder#sharing} takes from another instance: whatever holds a pool, a model or native memory and
     * does not depend on the language model.
     */
    private static final java.util.Set<Capability<?>> SHAREABLE = java.util.Set.of(
            Capability.INTERVIEW_STORE,
            Capability.RESUME_PARSER,
            Capability.SPEECH_TO_TEXT,
            Capability.TEXT_TO_SPEECH,
            Capability.DELIVERY_ANALYZER,
            Capability.VISION_ANALYZER,
            Capability.TEXT_EMBEDDER);

    /** Chooses providers; anything not set is discovered on the class path. */
    public static final class Builder {
        private final Map<String, String> settings = new HashMap<>();
        private Mocksy sharing;
        private final Map<Capability<?>, Object> instances = new HashMap<>();
        private ProviderRegistry registry;
        private Clock clock = Clock.systemUTC();
        private int maxAnswerChars = InterviewEngine.DEFAULT_MAX_ANSWER_CHARS;
        private Duration languageModelBudget;
        private boolean isolated;
        private Boolean keepRecordings;

        private Builder() {}

        /** A setting for providers, e.g. {@code setting("mocksy.store", "file")}; wins over system properties. */
        public Builder setting(String key, String value) {
            settings.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
            return this;
        }

        /** Ignores system properties and environment variables: only {@link #setting}s count. */
        public Builder isolated() {
            this.isolated = true;
            return this;
        }

        /** An instance for {@code capability}, which wins over any provider on the class path. */
        public <T> Builder provider(Capability<T> capability, T instance) {
            instances.put(
                    Objects.requireNonNull(capability, "capability"), Objects.requireNonNull(instance, "instance"));
            return this;
        }

        public Builder store(InterviewStore store) {
            return provider(Capability.INTERVIEW_STORE, store);
        }

        public Builder questionGenerator(QuestionGenerator questionGenerator) {
            return provider(Capability.QUESTION_GENERATOR, questionGenerator);
        }

        public Builder answerEvaluator(AnswerEvaluator answerEvaluator) {
            return provider(Capability.ANSWER_EVALUATOR, answerEvaluator);
        }

        public Builder reportGenerator(ReportGenerator reportGenerator) {
            return provider(Capability.REPORT_GENERATOR, reportGenerator);
        }

        /**
         * Asks the questions of your own question sets (see {@link dev.mocksy.question.QuestionSet}) instead of the
         * built-in bank, with their own follow-ups and the offline follow-up rules.
         */
        public Builder questionSets(List<dev.mocksy.question.QuestionSet> sets) {
            return questionGenerator(new dev.mocksy.question.QuestionSetGenerator(sets));
        }

        /** Asks the questions of one question set; see {@link #questionSets(List)}. */
        public Builder questionSet(dev.mocksy.question.QuestionSet set) {
            return questionSets(List.of(set));
        }

        /**
         * Asks the questions of a question-set file (JSON, or YAML with jackson-dataformat-yaml on the class path).
         *
         * @throws dev.mocksy.question.QuestionSetException listing every problem in the file with its line and field
         */
        public Builder questionSet(java.nio.file.Path file) {
            return questionSet(dev.mocksy.question.QuestionSet.load(file));
        }

        /** The language model, chosen by hand: the interviewer becomes LLM-backed, with the offline one as fallback. */
        public Builder languageModel(LanguageModel languageModel) {
            return provider(Capability.LANGUAGE_MODEL, languageModel);
        }

        public Builder resumeParser(ResumeParser resumeParser) {
            return provider(Capability.RESUME_PARSER, resumeParser);
        }

        public Builder profileExtractor(ProfileExtractor profileExtractor) {
            return provider(Capability.PROFILE_EXTRACTOR, profileExtractor);
        }

        public Builder speechToText(SpeechToText speechToText) {
            return provider(Capability.SPEECH_TO_TEXT, speechToText);
        }

        public Builder textToSpeech(TextToSpeech textToSpeech) {
            return provider(Capability.TEXT_TO_SPEECH, textToSpeech);
        }

        public Builder deliveryAnalyzer(DeliveryAnalyzer deliveryAnalyzer) {
            return provider(Capability.DELIVERY_ANALYZER, deliveryAnalyzer);
        }

        public Builder visionAnalyzer(VisionAnalyzer visionAnalyzer) {
            return provider(Capability.VISION_ANALYZER, visionAnalyzer);
        }

        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** The longest answer accepted, in characters; default 20,000. */
        public Builder maxAnswerChars(int maxAnswerChars) {
            this.maxAnswerChars = maxAnswerChars;
            return this;
        }

        /**
         * How long one session may lose to failing or stalled language model calls before the offline interviewer
         * takes over for the rest of it; default 60 s (setting {@value #LANGUAGE_MODEL_BUDGET}). A rejected key ends it
         * at once.
         */
        public Builder languageModelBudget(Duration budget) {
            this.languageModelBudget = Objects.requireNonNull(budget, "budget");
            return this;
        }

        /**
         * Keeps the audio of spoken answers in the store, before transcription, to download later
         * ({@link Mocksy#recording}); deleted with its session. In an assessment a recording is kept only once the
         * candidate's {@link dev.mocksy.interview.Consent#VOICE} consent is recorded. Default off; the setting
         * {@value Mocksy#RECORDINGS}{@code =keep} turns it on too.
         */
        public Builder keepRecordings(boolean keep) {
            this.keepRecordings = keep;
            return this;
        }

        /**
         * Uses {@code other}'s store, resume parser, recogniser, voice, delivery and vision analysers and sentence
         * embedder instead of opening new ones (each is still resolved only when first needed, once, in {@code other}).
         * A light instance, e.g. one per user with that user's own language model, then costs no connection pool and
         * no model and no new scan of the class path for providers; closing it closes nothing of {@code other}'s,
         * which stays open until it is closed itself. Anything given to this builder explicitly still wins.
         */
        public Builder sharing(Mocksy other) {
            this.sharing = Objects.requireNonNull(other, "other");
            return this;
        }

        /** Discovery through another registry, e.g. one over a plug-in class loader. */
        public Builder registry(ProviderRegistry registry) {
            this.registry = Objects.requireNonNull(registry, "registry");
            return this;
        }

        /**
         * Resolves every capability and builds.
         *
         * @throws ProviderSelectionException when a required provider is missing or any is ambiguous, saying how to
         *     choose
         */
        @SuppressWarnings("unchecked")
        public Mocksy build() {
            ProviderConfig config = isolated ? ProviderConfig.isolated(settings) : ProviderConfig.of(settings);
            // A sharing instance also reuses the other's registry: what the class path offers was read once already.
            ProviderRegistry chosen = registry != null
                    ? registry
                    : sharing != null ? sharing.providers.registry() : ProviderRegistry.create();
            Providers providers = Providers.of(chosen, config);
            if (sharing != null) {
                providers = providers.inheriting(sharing.providers, SHAREABLE);
            }
            for (Map.Entry<Capability<?>, Object> instance : instances.entrySet()) {
                providers = providers.with((Capability<Object>) instance.getKey(), instance.getValue());
            }
            Optional<LanguageModel> model =
                    providers.find(Capability.LANGUAGE_MODEL).map(SessionBudget::guard);
            if (model.isPresent()) {
                providers = providers.with(Capability.LANGUAGE_MODEL, model.get());
            }
            Providers found = providers;
            Interviewer interviewer = interviewer(providers);
            Interviewer offline = model.isPresent() ? interviewer(offline(providers, config)) : interviewer;
            InterviewEngine engine = InterviewEngine.builder()
                    .store(providers.require(Capability.INTERVIEW_STORE))
                    .interviewer(interviewer, model.isPresent())
                    .offlineInterviewer(offline)
                    .remoteAllowedInAssessments(config.get(ASSESSMENT_REMOTE)
                            .map("allow"::equalsIgnoreCase)
                            .orElse(false))
                    .languageModelBudget(budget(config))
                    .speechToText(lazy(found, Capability.SPEECH_TO_TEXT), found.isRemote(Capability.SPEECH_TO_TEXT))
                    .textToSpeech(lazy(found, Capability.TEXT_TO_SPEECH), found.isRemote(Capability.TEXT_TO_SPEECH))
                    .deliveryAnalyzer(lazy(found, Capability.DELIVERY_ANALYZER))
                    .visionAnalyzer(lazy(found, Capability.VISION_ANALYZER))
                    .hints(model.map(LlmHints::new).orElse(null))
                    .clock(clock)
                    .maxAnswerChars(maxAnswerChars)
                    .keepRecordings(recordings(config))
                    .history((candidate, sessions) -> new ProgressAnalyzer().history(candidate, sessions))
                    .build();
            return new Mocksy(
                    providers,
                    engine,
                    maxAnswerChars,
                    providers.require(Capability.INTERVIEW_STORE),
                    !instances.containsKey(Capability.INTERVIEW_STORE) && sharing == null,
                    clock);
        }

        /** Resolved when a session first needs it: a recogniser or detector loads a model, which takes a while. */
        private static <T> Supplier<T> lazy(Providers providers, Capability<T> capability) {
            return () -> providers.find(capability).orElse(null);
        }

        private static Interviewer interviewer(Providers providers) {
            return new Interviewer(
                    providers.require(Capability.QUESTION_GENERATOR),
                    providers.require(Capability.ANSWER_EVALUATOR),
                    providers.require(Capability.REPORT_GENERATOR));
        }

        /** The same providers without a language model: the on-device interviewer. */
        private static Providers offline(Providers providers, ProviderConfig config) {
            return providers
                    .withConfig(config.with(Capability.LANGUAGE_MODEL.property(), ProviderRegistry.NONE))
                    .without(Capability.LANGUAGE_MODEL);
        }

        private boolean recordings(ProviderConfig config) {
            if (keepRecordings != null) {
                return keepRecordings;
            }
            return config.get(RECORDINGS)
                    .map(value -> switch (value.toLowerCase(Locale.ROOT)) {
                        case "keep", "on", "true", "yes" -> true;
                        case "off", "false", "no", "discard" -> false;
                        default -> throw new IllegalArgumentException(
                                RECORDINGS + " must be keep or off, got '" + value + "'");
                    })
                    .orElse(false);
        }

        private Duration budget(ProviderConfig config) {
            if (languageModelBudget != null) {
                return languageModelBudget;
            }
            return config.get(LANGUAGE_MODEL_BUDGET)
                    .map(value -> {
                        try {
                            return Duration.ofSeconds(Long.parseLong(value));
                        } catch (NumberFormatException e) {
                            throw new IllegalArgumentException(
                                    LANGUAGE_MODEL_BUDGET + " must be a whole number of seconds, got '" + value + "'");
                        }
                    })
                    .orElse(InterviewEngine.DEFAULT_LANGUAGE_MODEL_BUDGET);
        }
    }
}
