package dev.mocksy.spi;

/**
 * One pluggable capability: its factory type, the setting that chooses a provider, and where providers come from.
 *
 * @param name the capability's name in messages, e.g. {@code "AnswerEvaluator"}
 * @param factoryType the {@link java.util.ServiceLoader} service type
 * @param property the setting that chooses a provider by id, e.g. {@code mocksy.evaluator}
 * @param artifacts which artifacts provide it, for the "none found" message
 * @param <T> the capability's interface
 */
public record Capability<T>(
        String name, Class<? extends ProviderFactory<T>> factoryType, String property, String artifacts) {

    public static final Capability<dev.mocksy.resume.ResumeParser> RESUME_PARSER =
            new Capability<>("ResumeParser", ResumeParserProvider.class, "mocksy.resume-parser", "mocksy-resume");
    public static final Capability<dev.mocksy.resume.ProfileExtractor> PROFILE_EXTRACTOR = new Capability<>(
            "ProfileExtractor", ProfileExtractorProvider.class, "mocksy.profile-extractor", "mocksy-resume");
    public static final Capability<dev.mocksy.question.QuestionGenerator> QUESTION_GENERATOR = new Capability<>(
            "QuestionGenerator", QuestionGeneratorProvider.class, "mocksy.question-generator", "mocksy-core");
    public static final Capability<dev.mocksy.evaluation.AnswerEvaluator> ANSWER_EVALUATOR = new Capability<>(
            "AnswerEvaluator", AnswerEvaluatorProvider.class, "mocksy.answer-evaluator", "mocksy-core");
    public static final Capability<dev.mocksy.report.ReportGenerator> REPORT_GENERATOR = new Capability<>(
            "ReportGenerator", ReportGeneratorProvider.class, "mocksy.report-generator", "mocksy-core");
    public static final Capability<dev.mocksy.speech.SpeechToText> SPEECH_TO_TEXT = new Capability<>(
            "SpeechToText",
            SpeechToTextProvider.class,
            "mocksy.speech-to-text",
            "mocksy-stt-vosk or mocksy-stt-whisper");
    public static final Capability<dev.mocksy.speech.TextToSpeech> TEXT_TO_SPEECH = new Capability<>(
            "TextToSpeech",
            TextToSpeechProvider.class,
            "mocksy.text-to-speech",
            "mocksy-tts-marytts or mocksy-llm-openai");
    public static final Capability<dev.mocksy.speech.DeliveryAnalyzer> DELIVERY_ANALYZER = new Capability<>(
            "DeliveryAnalyzer", DeliveryAnalyzerProvider.class, "mocksy.delivery-analyzer", "mocksy-core");
    public static final Capability<dev.mocksy.vision.VisionAnalyzer> VISION_ANALYZER = new Capability<>(
            "VisionAnalyzer", VisionAnalyzerProvider.class, "mocksy.vision-analyzer", "mocksy-vision-opencv");
    public static final Capability<dev.mocksy.llm.LanguageModel> LANGUAGE_MODEL = new Capability<>(
            "LanguageModel",
            LanguageModelProvider.class,
            "mocksy.language-model",
            "mocksy-llm-openai, mocksy-llm-gemini or mocksy-llm-claude");
    /** Optional: sentence embeddings for meaning-based key-point matching; without one, words alone are matched. */
    public static final Capability<dev.mocksy.evaluation.TextEmbedder> TEXT_EMBEDDER = new Capability<>(
            "TextEmbedder", TextEmbedderProvider.class, "mocksy.text-embedder", "mocksy-embeddings-minilm");

    public static final Capability<dev.mocksy.store.InterviewStore> INTERVIEW_STORE = new Capability<>(
            "InterviewStore", InterviewStoreProvider.class, "mocksy.store", "mocksy-core or mocksy-store-jdbc");
    public static final Capability<dev.mocksy.report.ReportRenderer> PDF_REPORT = new Capability<>(
            "PdfReportRenderer", ReportRendererProvider.class, "mocksy.report-pdf", "mocksy-report-pdf");
    public static final Capability<dev.mocksy.report.ReportMailer> REPORT_MAILER =
            new Capability<>("ReportMailer", ReportMailerProvider.class, "mocksy.report-mailer", "mocksy-report-email");
}
