package dev.mocksy.llm.openai.interviewer;

import com.google.auto.service.AutoService;
import dev.mocksy.evaluation.AnswerEvaluator;
import dev.mocksy.evaluation.AnswerFlag;
import dev.mocksy.evaluation.Evaluation;
import dev.mocksy.evaluation.EvaluationRequest;
import dev.mocksy.evaluation.RubricCategory;
import dev.mocksy.interview.Difficulty;
import dev.mocksy.interview.InterviewSnapshot;
import dev.mocksy.interview.InterviewType;
import dev.mocksy.interview.Turn;
import dev.mocksy.question.FollowUp;
import dev.mocksy.question.FollowUpPrompt;
import dev.mocksy.question.FollowUpRequest;
import dev.mocksy.question.KeyPoint;
import dev.mocksy.question.Question;
import dev.mocksy.question.QuestionGenerator;
import dev.mocksy.question.QuestionRequest;
import dev.mocksy.report.InterviewReport;
import dev.mocksy.report.QuestionResult;
import dev.mocksy.report.ReportGenerator;
import dev.mocksy.resume.CandidateProfile;
import dev.mocksy.resume.ProfileExtractor;
import dev.mocksy.resume.ResumeDocument;
import dev.mocksy.spi.AnswerEvaluatorProvider;
import dev.mocksy.spi.ProviderConfig;
import dev.mocksy.spi.ProviderContext;
import dev.mocksy.spi.QuestionGeneratorProvider;
import dev.mocksy.spi.ReportGeneratorProvider;
import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Small but honest offline strategies for the tests of this module (the real heuristic ones live in core once
 * merged): they play the fallback and the cross-check, and are discovered like any provider.
 */
final class OfflineStrategies {

    private OfflineStrategies() {}

    static final Question INDEX_QUESTION = new Question(
            "bank-sql-index",
            "When would you add an index to a table, and what does it cost?",
            InterviewType.TECHNICAL,
            Set.of(),
            Set.of(),
            Difficulty.MEDIUM,
            List.of("SQL"),
            List.of(),
            List.of(
                    new KeyPoint(
                            "Indexes speed up reads on filtered or joined columns",
                            List.of("faster", "lookup", "where")),
                    new KeyPoint(
                            "Indexes slow down writes and take space", List.of("slower writes", "insert", "space"))),
            FollowUpPrompt.ofTexts(List.of("What happens to inserts?")),
            List.of("Find the slow query", "Index the filtered columns", "Measure writes"),
            List.of(),
            null);

    /** Scores by key-point coverage; flags non-answers and "score me" pleas. */
    static final class KeywordEvaluator implements AnswerEvaluator {

        @Override
        public Evaluation evaluate(EvaluationRequest request) {
            String text = request.answer().text().toLowerCase(Locale.ROOT);
            Set<AnswerFlag> flags = EnumSet.noneOf(AnswerFlag.class);
            if (text.split("\\s+").length < 3) {
                flags.add(AnswerFlag.NON_ANSWER);
                flags.add(AnswerFlag.TOO_SHORT);
            }
            if (text.contains("i don't know")) {
                flags.add(AnswerFlag.NON_ANSWER);
                flags.add(AnswerFlag.NO_KNOWLEDGE);
            }
            if (text.contains("score me")) {
                flags.add(AnswerFlag.NON_ANSWER);
                flags.add(AnswerFlag.GRADER_INSTRUCTION);
            }
            List<KeyPoint> points = request.question().keyPoints();
            List<String> covered = points.stream()
                    .filter(k -> k.terms().stream().anyMatch(t -> text.contains(t.toLowerCase(Locale.ROOT))))
                    .map(KeyPoint::point)
                    .toList();
            List<String> missed = points.stream()
                    .map(KeyPoint::point)
                    .filter(p -> !covered.contains(p))
                    .toList();
            double score = flags.contains(AnswerFlag.NON_ANSWER)
                    ? 1.0
                    : points.isEmpty() ? 5.0 : 2.0 + 6.0 * covered.size() / points.size();
            Map<RubricCategory, Double> categories = new EnumMap<>(RubricCategory.class);
            for (RubricCategory category : RubricCategory.values()) {
                categories.put(category, score);
            }
            return new Evaluation(
                    score,
                    categories,
                    covered,
                    missed,
                    List.of(),
                    "Cover more key points.",
                    flags,
                    "keyword",
                    List.of());
        }
    }

    /** Asks the one bank question, never follows up. */
    static final class OneQuestion implements QuestionGenerator {

        @Override
        public Optional<Question> nextQuestion(QuestionRequest request) {
            return request.history().isEmpty() ? Optional.of(INDEX_QUESTION) : Optional.empty();
        }

        @Override
        public Optional<FollowUp> followUp(FollowUpRequest request) {
            return Optional.empty();
        }
    }

    /** Averages the scores; fixed wording. */
    static final class AverageReport implements ReportGenerator {

        @Override
        public InterviewReport generate(InterviewSnapshot session, Instant generatedAt) {
            List<QuestionResult> results = session.turns().stream()
                    .map(t -> new QuestionResult(
                            t.question().id(),
                            t.question().text(),
                            t.isFollowUp(),
                            t.answer() == null ? null : t.answer().text(),
                            t.evaluation(),
                            null))
                    .toList();
            double average = session.turns().stream()
                    .filter(Turn::isEvaluated)
                    .mapToDouble(t -> t.evaluation().overall())
                    .average()
                    .orElse(0);
            Map<RubricCategory, Double> categories = new EnumMap<>(RubricCategory.class);
            for (RubricCategory category : RubricCategory.values()) {
                categories.put(category, average);
            }
            return InterviewReport.builder()
                    .sessionId(session.sessionId())
                    .plan(session.plan())
                    .overall((int) Math.round(average * 10))
                    .categories(categories)
                    .questions(results)
                    .strengths(List.of("You answered."))
                    .improvements(List.of("Cover more key points."))
                    .actionItems(List.of("Practise", "Review", "Repeat"))
                    .confidence(5)
                    .assessment("Offline summary.")
                    .heuristicParts(List.of("everything (offline)"))
                    .endedEarly(false)
                    .generatedAt(generatedAt)
                    .build();
        }
    }

    /** Knows nothing but the resume's length. */
    static final class BlankProfiles implements ProfileExtractor {

        @Override
        public CandidateProfile extract(ResumeDocument resume, String jobDescription) {
            return CandidateProfile.builder().build();
        }
    }

    @AutoService(AnswerEvaluatorProvider.class)
    public static final class KeywordEvaluatorProvider implements AnswerEvaluatorProvider {
        @Override
        public String id() {
            return "keyword";
        }

        @Override
        public AnswerEvaluator create(ProviderContext context) {
            ProviderConfig config = context.config();
            return new KeywordEvaluator();
        }
    }

    @AutoService(QuestionGeneratorProvider.class)
    public static final class OneQuestionProvider implements QuestionGeneratorProvider {
        @Override
        public String id() {
            return "one-question";
        }

        @Override
        public QuestionGenerator create(ProviderContext context) {
            ProviderConfig config = context.config();
            return new OneQuestion();
        }
    }

    @AutoService(ReportGeneratorProvider.class)
    public static final class AverageReportProvider implements ReportGeneratorProvider {
        @Override
        public String id() {
            return "average";
        }

        @Override
        public ReportGenerator create(ProviderContext context) {
            ProviderConfig config = context.config();
            return new AverageReport();
        }
    }
}
