package dev.mocksy.analytics;

import dev.mocksy.evaluation.AnswerEvaluator;
import dev.mocksy.evaluation.Evaluation;
import dev.mocksy.evaluation.RubricCategory;
import dev.mocksy.interview.Difficulty;
import dev.mocksy.interview.InterviewEngine;
import dev.mocksy.interview.InterviewPlan;
import dev.mocksy.interview.InterviewSession;
import dev.mocksy.interview.InterviewSnapshot;
import dev.mocksy.interview.InterviewType;
import dev.mocksy.interview.Interviewer;
import dev.mocksy.interview.Role;
import dev.mocksy.question.FollowUp;
import dev.mocksy.question.FollowUpRequest;
import dev.mocksy.question.KeyPoint;
import dev.mocksy.question.Question;
import dev.mocksy.question.QuestionGenerator;
import dev.mocksy.question.QuestionRequest;
import dev.mocksy.report.HeuristicReportGenerator;
import dev.mocksy.store.InMemoryInterviewStore;
import dev.mocksy.store.InterviewStore;
import dev.mocksy.testing.Fixtures.ManualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Sessions a candidate played, for analytics tests: each session asks the given question ids in order, and each
 * answer scores what it says ("score 7" scores 7), with the question's key point missed below 6.
 */
final class PracticeHistory {

    static final Map<String, Question> QUESTIONS = Map.of(
            "be-kafka-01", question("be-kafka-01", "How does Kafka keep messages in order?", "Kafka"),
            "be-kafka-02", question("be-kafka-02", "What is a Kafka consumer group?", "Kafka"),
            "be-sql-join-01", question("be-sql-join-01", "When is a hash join faster than a nested loop?", "SQL"),
            "be-redis-01", question("be-redis-01", "How would you expire keys in Redis?", "Redis"),
            "beh-conflict-01", behavioral("beh-conflict-01", "Tell me about a conflict in your team."));

    final InterviewStore store = new InMemoryInterviewStore();
    final ManualClock clock = new ManualClock(Instant.parse("2026-02-01T10:00:00Z"));
    private final List<InterviewSnapshot> sessions = new ArrayList<>();

    /** Plays one session of {@code plan}: question {@code ids[i]} answered with {@code answers[i]}. */
    InterviewSnapshot play(InterviewPlan plan, List<String> ids, List<String> answers) {
        InterviewEngine engine = InterviewEngine.builder()
                .store(store)
                .interviewer(new Interviewer(fixed(ids), byStatedScore(), new HeuristicReportGenerator()), false)
                .clock(clock)
                .build();
        InterviewSession session = engine.create(
                plan.toBuilder().questionCount(ids.size()).maxFollowUps(0).build(), null, "ada");
        session.start();
        for (String answer : answers) {
            if (answer.equals("/skip")) {
                session.skip();
            } else {
                session.submitAnswer(answer);
            }
            session.next();
        }
        session.report();
        clock.advance(Duration.ofDays(1));
        sessions.add(session.snapshot());
        return session.snapshot();
    }

    List<InterviewSnapshot> sessions() {
        return List.copyOf(sessions);
    }

    static InterviewPlan backend(String... technologies) {
        return InterviewPlan.builder()
                .role(Role.BACKEND)
                .type(InterviewType.TECHNICAL)
                .difficulty(Difficulty.MEDIUM)
                .technologies(technologies)
                .build();
    }

    private static QuestionGenerator fixed(List<String> ids) {
        return new QuestionGenerator() {
            @Override
            public Optional<Question> nextQuestion(QuestionRequest request) {
                int next = request.mainQuestionsAsked();
                return next < ids.size() ? Optional.of(QUESTIONS.get(ids.get(next))) : Optional.empty();
            }

            @Override
            public Optional<FollowUp> followUp(FollowUpRequest request) {
                return Optional.empty();
            }
        };
    }

    /** Scores the number after "score" in the answer; misses the question's key point below 6. */
    private static AnswerEvaluator byStatedScore() {
        return request -> {
            String text = request.answer().text();
            int at = text.indexOf("score ");
            double score =
                    at < 0 ? 0 : Double.parseDouble(text.substring(at + 6).split(" ")[0]);
            EnumMap<RubricCategory, Double> categories = new EnumMap<>(RubricCategory.class);
            categories.put(RubricCategory.TECHNICAL_CORRECTNESS, score);
            categories.put(RubricCategory.COMMUNICATION, Math.min(10, score + 1));
            String point = request.question().keyPoints().get(0).point();
            return new Evaluation(
                    score,
                    categories,
                    score >= 6 ? List.of(point) : List.of(),
                    score >= 6 ? List.of() : List.of(point),
                    List.of(),
                    "",
                    Set.of(),
                    "test",
                    List.of());
        };
    }

    private static Question question(String id, String text, String technology) {
        return new Question(
                id,
                text,
                InterviewType.TECHNICAL,
                Set.of(Role.BACKEND),
                Set.of(),
                Difficulty.MEDIUM,
                List.of(technology),
                List.of(),
                List.of(new KeyPoint("Key point of " + id, List.of("key"))),
                List.of(),
                List.of("Outline of a strong answer to " + id + "."),
                List.of(),
                null);
    }

    private static Question behavioral(String id, String text) {
        return new Question(
                id,
                text,
                InterviewType.BEHAVIORAL,
                Set.of(),
                Set.of(),
                Difficulty.MEDIUM,
                List.of(),
                List.of(),
                List.of(new KeyPoint("Key point of " + id, List.of("key"))),
                List.of(),
                List.of(),
                List.of(),
                null);
    }
}
