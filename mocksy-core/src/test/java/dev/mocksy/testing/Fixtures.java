package dev.mocksy.testing;

import dev.mocksy.evaluation.AnswerEvaluator;
import dev.mocksy.evaluation.Evaluation;
import dev.mocksy.evaluation.RubricCategory;
import dev.mocksy.interview.Difficulty;
import dev.mocksy.interview.InterviewType;
import dev.mocksy.question.FollowUp;
import dev.mocksy.question.FollowUpPrompt;
import dev.mocksy.question.KeyPoint;
import dev.mocksy.question.Question;
import dev.mocksy.question.QuestionGenerator;
import dev.mocksy.question.QuestionRequest;
import dev.mocksy.report.InterviewReport;
import dev.mocksy.report.QuestionResult;
import dev.mocksy.report.ReportGenerator;
import dev.mocksy.speech.DeliveryMetrics;
import dev.mocksy.speech.Interval;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Small, deterministic implementations of the engine's SPIs for state-machine tests, where what matters is the
 * order of events rather than the content of questions or scores. The real offline providers have tests of their
 * own, and the end-to-end tests run them.
 */
public final class Fixtures {

    private Fixtures() {}

    /**
     * Delivery metrics of a spoken answer: {@code words} words at {@code wordsPerMinute} with {@code fillers} of them
     * "um", and one pause of {@code pauseSeconds} (none when 0).
     */
    public static DeliveryMetrics delivery(int words, double wordsPerMinute, int fillers, double pauseSeconds) {
        double speaking = words * 60.0 / wordsPerMinute;
        List<Interval> pauses = pauseSeconds > 0 ? List.of(new Interval(2.0, 2.0 + pauseSeconds)) : List.of();
        return new DeliveryMetrics(
                speaking + 1.0,
                speaking - pauseSeconds,
                words,
                wordsPerMinute,
                words * 60.0 / (speaking - pauseSeconds),
                new DeliveryMetrics.Pauses(
                        pauses.size(), pauseSeconds, pauseSeconds, pauseSeconds >= 2 ? 1 : 0, pauses),
                new DeliveryMetrics.FillerWords(
                        fillers, fillers, 0, (double) fillers / words, fillers == 0 ? Map.of() : Map.of("um", fillers)),
                0.8,
                new DeliveryMetrics.Pitch(120.0, 2.5, 300),
                new DeliveryMetrics.Loudness(4.0),
                List.of("Your pace was within the advised range."),
                "steady, varied");
    }

    public static Question question(int n) {
        return new Question(
                "q" + n,
                "Question number " + n + ": how would you index a table?",
                InterviewType.TECHNICAL,
                Set.of(),
                Set.of(),
                Difficulty.MEDIUM,
                List.of(),
                List.of(),
                List.of(new KeyPoint("Mentions an index", List.of("index"))),
                FollowUpPrompt.ofTexts(List.of("Why that index?")),
                List.of("Pick the column", "Create the index"),
                List.of(),
                null);
    }

    /** Questions q1, q2, ... in order; a follow-up whenever an answer contains "follow me up". */
    public static QuestionGenerator numberedQuestions() {
        return new QuestionGenerator() {
            @Override
            public Optional<Question> nextQuestion(QuestionRequest request) {
                return Optional.of(question(request.mainQuestionsAsked() + 1));
            }

            @Override
            public Optional<FollowUp> followUp(dev.mocksy.question.FollowUpRequest request) {
                var last = request.last();
                if (last.answer() != null && last.answer().text().contains("follow me up")) {
                    Question parent = request.mainQuestion();
                    Question followUp = new Question(
                            parent.id() + "-f" + (request.followUpsAsked() + 1),
                            "You said 'follow me up'. Why?",
                            parent.type(),
                            Set.of(),
                            Set.of(),
                            parent.difficulty(),
                            List.of(),
                            List.of(),
                            parent.keyPoints(),
                            List.of(),
                            List.of(),
                            List.of(),
                            null);
                    return Optional.of(new FollowUp(followUp, "mentioned: follow me up"));
                }
                return Optional.empty();
            }
        };
    }

    /** Scores 8 when the answer mentions "index", else 3. */
    public static AnswerEvaluator keywordEvaluator() {
        return request -> {
            boolean covered = request.answer().text().toLowerCase().contains("index");
            double score = covered ? 8 : 3;
            EnumMap<RubricCategory, Double> categories = new EnumMap<>(RubricCategory.class);
            for (RubricCategory category : RubricCategory.values()) {
                categories.put(category, score);
            }
            return new Evaluation(
                    score,
                    categories,
                    covered ? List.of("Mentions an index") : List.of(),
                    covered ? List.of() : List.of("Mentions an index"),
                    List.of(),
                    covered ? "" : "Mention an index.",
                    Set.of(),
                    "test",
                    List.of());
        };
    }

    /** A report that lists the questions and averages the scores. */
    public static ReportGenerator simpleReports() {
        return (session, generatedAt) -> {
            List<QuestionResult> results = session.turns().stream()
                    .map(turn -> new QuestionResult(
                            turn.question().id(),
                            turn.question().text(),
                            turn.isFollowUp(),
                            turn.answer() == null ? null : turn.answer().text(),
                            turn.evaluation(),
                            null))
                    .toList();
            double mean = session.turns().stream()
                    .filter(turn -> turn.evaluation() != null)
                    .mapToDouble(turn -> turn.evaluation().overall())
                    .average()
                    .orElse(0);
            return InterviewReport.builder()
                    .sessionId(session.sessionId())
                    .plan(session.plan())
                    .overall((int) Math.round(mean * 10))
                    .categories(new EnumMap<>(RubricCategory.class))
                    .questions(results)
                    .strengths(List.of())
                    .improvements(List.of())
                    .actionItems(List.of("Practise"))
                    .confidence(5)
                    .assessment("")
                    .heuristicParts(List.of("test"))
                    .endedEarly(session.state() == dev.mocksy.interview.InterviewState.ABANDONED)
                    .generatedAt(generatedAt)
                    .build();
        };
    }

    /** A clock tests move by hand. */
    public static final class ManualClock extends Clock {
        private Instant now;

        public ManualClock(Instant start) {
            this.now = start;
        }

        public void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
