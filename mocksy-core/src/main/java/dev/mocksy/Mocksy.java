package dev.mocksy;

import dev.mocksy.evaluation.AnswerEvaluator;
import dev.mocksy.evaluation.Evaluation;
import dev.mocksy.evaluation.EvaluationRequest;
import dev.mocksy.interview.Answer;
import dev.mocksy.interview.InterviewEngine;
import dev.mocksy.interview.InterviewPlan;
import dev.mocksy.interview.InterviewSession;
import dev.mocksy.llm.LanguageModel;
import dev.mocksy.llm.interviewer.LlmAnswerEvaluator;
import dev.mocksy.llm.interviewer.LlmQuestionGenerator;
import dev.mocksy.llm.interviewer.LlmReportGenerator;
import dev.mocksy.question.Question;
import dev.mocksy.question.QuestionGenerator;
import dev.mocksy.report.ReportGenerator;
import dev.mocksy.resume.CandidateProfile;
import dev.mocksy.spi.Capability;
import dev.mocksy.spi.ProviderConfig;
import dev.mocksy.spi.ProviderRegistry;
import dev.mocksy.store.InterviewStore;
import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The entry point: providers chosen once, then any number of interviews.
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
 * <p>Each provider is, in order: the instance given to the builder; the provider whose id is configured
 * ({@code mocksy.answer-evaluator=heuristic} as builder setting, system property, or environment variable
 * {@code MOCKSY_ANSWER_EVALUATOR}); the only one on the class path with the highest priority. Thread-safe.
 *
 * <p>With a language model (given, or the one provider on the class path that has its key), the question generator,
 * answer evaluator and report generator that were not chosen explicitly become their LLM-backed versions, which
 * fall back to the discovered offline ones.
 */
public final class Mocksy {

    private static final Logger log = LoggerFactory.getLogger(Mocksy.class);

    private final ProviderConfig config;
    private final InterviewEngine engine;
    private final LanguageModel languageModel;

    private Mocksy(ProviderConfig config, InterviewEngine engine, LanguageModel languageModel) {
        this.config = config;
        this.engine = engine;
        this.languageModel = languageModel;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Creates and starts nothing yet: the session is {@code IDLE} until {@link InterviewSession#start()}. */
    public InterviewSession startInterview(InterviewPlan plan) {
        return engine.create(plan, null);
    }

    /** A session whose questions can draw on the candidate's profile. */
    public InterviewSession startInterview(InterviewPlan plan, CandidateProfile profile) {
        return engine.create(plan, profile);
    }

    /**
     * Reopens a stored session, e.g. after a crash; an answer stored but not evaluated is evaluated now.
     *
     * @throws SessionNotFoundException when the store has no such session
     */
    public InterviewSession resumeInterview(String sessionId) {
        return engine.resume(sessionId);
    }

    /** Every stored session, oldest first. */
    public List<String> sessionIds() {
        return engine.sessionIds();
    }

    /** Evaluates one answer to one question, outside any interview. */
    public Evaluation evaluate(Question question, String answer) {
        return engine.evaluator().evaluate(new EvaluationRequest(question, Answer.of(answer), null));
    }

    /** The engine sessions run on, with the chosen providers. */
    public InterviewEngine engine() {
        return engine;
    }

    /** The configured language model, empty when Mocksy runs on its offline defaults. */
    public Optional<LanguageModel> languageModel() {
        return Optional.ofNullable(languageModel);
    }

    /** The settings providers were created with. */
    public ProviderConfig config() {
        return config;
    }

    /** Chooses providers; anything not set is discovered on the class path. */
    public static final class Builder {
        private final Map<String, String> settings = new HashMap<>();
        private ProviderRegistry registry = ProviderRegistry.create();
        private InterviewStore store;
        private QuestionGenerator questionGenerator;
        private AnswerEvaluator answerEvaluator;
        private ReportGenerator reportGenerator;
        private LanguageModel languageModel;
        private Clock clock = Clock.systemUTC();
        private int maxAnswerChars = InterviewEngine.DEFAULT_MAX_ANSWER_CHARS;
        private boolean isolated;

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

        public Builder store(InterviewStore store) {
            this.store = Objects.requireNonNull(store, "store");
            return this;
        }

        public Builder questionGenerator(QuestionGenerator questionGenerator) {
            this.questionGenerator = Objects.requireNonNull(questionGenerator, "questionGenerator");
            return this;
        }

        public Builder answerEvaluator(AnswerEvaluator answerEvaluator) {
            this.answerEvaluator = Objects.requireNonNull(answerEvaluator, "answerEvaluator");
            return this;
        }

        public Builder reportGenerator(ReportGenerator reportGenerator) {
            this.reportGenerator = Objects.requireNonNull(reportGenerator, "reportGenerator");
            return this;
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

        public Builder languageModel(LanguageModel languageModel) {
            this.languageModel = Objects.requireNonNull(languageModel, "languageModel");
            return this;
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

        /** Discovery through another registry, e.g. one over a plug-in class loader. */
        public Builder registry(ProviderRegistry registry) {
            this.registry = Objects.requireNonNull(registry, "registry");
            return this;
        }

        /**
         * Resolves every provider and builds.
         *
         * @throws ProviderSelectionException when a provider is missing or ambiguous, saying how to choose
         */
        public Mocksy build() {
            ProviderConfig config = isolated ? ProviderConfig.isolated(settings) : ProviderConfig.of(settings);
            LanguageModel model = languageModel != null ? languageModel : discoverLanguageModel(config);
            QuestionGenerator questions = questionGenerator != null
                    ? questionGenerator
                    : registry.create(Capability.QUESTION_GENERATOR, config);
            AnswerEvaluator evaluator =
                    answerEvaluator != null ? answerEvaluator : registry.create(Capability.ANSWER_EVALUATOR, config);
            ReportGenerator reports =
                    reportGenerator != null ? reportGenerator : registry.create(Capability.REPORT_GENERATOR, config);
            // with a language model, the LLM-backed strategies wrap the discovered offline ones (their fallback),
            // unless the caller chose a strategy by instance or by id
            if (model != null) {
                if (questionGenerator == null && !chosen(config, Capability.QUESTION_GENERATOR)) {
                    questions = new LlmQuestionGenerator(model, questions);
                }
                if (answerEvaluator == null && !chosen(config, Capability.ANSWER_EVALUATOR)) {
                    evaluator = new LlmAnswerEvaluator(model, evaluator);
                }
                if (reportGenerator == null && !chosen(config, Capability.REPORT_GENERATOR)) {
                    reports = new LlmReportGenerator(model, reports);
                }
            }
            InterviewEngine engine = new InterviewEngine(
                    store != null ? store : registry.create(Capability.INTERVIEW_STORE, config),
                    questions,
                    evaluator,
                    reports,
                    clock,
                    maxAnswerChars);
            return new Mocksy(config, engine, model);
        }

        /**
         * The language model on the class path, or none. Chosen by {@code mocksy.language-model} (a provider id, or
         * {@code offline}), the chosen provider's missing key is the caller's error. Otherwise the providers whose
         * keys are set are the candidates: none runs Mocksy offline, one is used, several must be chosen between.
         */
        private LanguageModel discoverLanguageModel(ProviderConfig config) {
            Optional<String> choice = config.get(Capability.LANGUAGE_MODEL.property());
            if (choice.isPresent()) {
                return choice.get().equalsIgnoreCase("offline")
                        ? null
                        : registry.create(Capability.LANGUAGE_MODEL, config);
            }
            Map<String, LanguageModel> configured = new LinkedHashMap<>();
            for (String id : registry.ids(Capability.LANGUAGE_MODEL)) {
                try {
                    configured.put(
                            id,
                            registry.create(
                                    Capability.LANGUAGE_MODEL, config.with(Capability.LANGUAGE_MODEL.property(), id)));
                } catch (AuthenticationException missingKey) {
                    log.debug("language model '{}' has no key; not a candidate", id);
                }
            }
            if (configured.size() > 1) {
                throw new ProviderSelectionException(
                        Capability.LANGUAGE_MODEL.name(),
                        List.copyOf(configured.keySet()),
                        "API keys are set for several language models (" + String.join(", ", configured.keySet())
                                + "); choose one with -Dmocksy.language-model=<id> or MOCKSY_LANGUAGE_MODEL=<id>"
                                + " (or 'offline')");
            }
            if (configured.isEmpty() && !registry.ids(Capability.LANGUAGE_MODEL).isEmpty()) {
                log.debug("no language model API key is set; running offline");
            }
            return configured.values().stream().findFirst().orElse(null);
        }

        private static boolean chosen(ProviderConfig config, Capability<?> capability) {
            return config.get(capability.property()).isPresent();
        }
    }
}
