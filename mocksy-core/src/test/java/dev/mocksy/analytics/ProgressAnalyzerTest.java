package dev.mocksy.analytics;

import static dev.mocksy.analytics.PracticeHistory.backend;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mocksy.evaluation.RubricCategory;
import dev.mocksy.interview.Difficulty;
import dev.mocksy.interview.InterviewSnapshot;
import dev.mocksy.interview.InterviewType;
import dev.mocksy.question.CandidateHistory;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgressAnalyzerTest {

    private final PracticeHistory history = new PracticeHistory();
    private final ProgressAnalyzer analyzer = new ProgressAnalyzer();

    @Test
    void should_trend_each_category_and_the_overall_score_oldest_first() {
        InterviewSnapshot first =
                history.play(backend("Kafka"), List.of("be-kafka-01"), List.of("score 3 on ordering"));
        InterviewSnapshot second = history.play(backend("Kafka"), List.of("be-kafka-02"), List.of("score 5 on groups"));
        InterviewSnapshot third =
                history.play(backend("Kafka"), List.of("be-kafka-01"), List.of("score 8 partitions keep order"));

        ProgressReport progress = analyzer.analyze("ada", List.of(third, first, second));

        assertThat(progress.overallTrend())
                .extracting(TrendPoint::sessionId)
                .containsExactly(first.sessionId(), second.sessionId(), third.sessionId());
        assertThat(progress.overallTrend()).extracting(TrendPoint::score).containsExactly(30.0, 50.0, 80.0);
        CategoryTrend correctness = progress.categoryTrends().stream()
                .filter(trend -> trend.category() == RubricCategory.TECHNICAL_CORRECTNESS)
                .findFirst()
                .orElseThrow();
        assertThat(correctness.points()).extracting(TrendPoint::score).containsExactly(3.0, 5.0, 8.0);
        assertThat(correctness.change()).contains(5.0);
    }

    @Test
    void should_compare_a_retake_with_the_previous_attempt_at_the_same_plan_only() {
        InterviewSnapshot first = history.play(backend("Kafka", "SQL"), List.of("be-kafka-01"), List.of("score 4"));
        history.play(backend("Redis"), List.of("be-redis-01"), List.of("score 9"));
        InterviewSnapshot retake = history.play(backend("sql", "kafka"), List.of("be-kafka-02"), List.of("score 7"));

        ProgressReport progress = analyzer.analyze("ada", history.sessions());

        assertThat(progress.retakes()).hasSize(1);
        Retake comparison = progress.latestRetake().orElseThrow();
        assertThat(comparison.sessionId()).isEqualTo(retake.sessionId());
        assertThat(comparison.previousSessionId()).isEqualTo(first.sessionId());
        assertThat(comparison.overallChange()).isEqualTo(30);
        assertThat(comparison.categoryChanges()).containsEntry(RubricCategory.TECHNICAL_CORRECTNESS, 3.0);
    }

    @Test
    void should_rank_a_topic_weak_in_several_sessions_before_a_weaker_one_off_and_show_the_evidence() {
        history.play(
                backend("Kafka", "SQL"),
                List.of("be-kafka-01", "be-sql-join-01"),
                List.of("score 4 offsets", "score 1 joins"));
        history.play(backend("Kafka"), List.of("be-kafka-02"), List.of("score 5 consumers"));

        ProgressReport progress = analyzer.analyze("ada", history.sessions());

        assertThat(progress.weakTopics()).extracting(WeakTopic::topic).containsExactly("Kafka", "SQL");
        WeakTopic kafka = progress.weakTopics().get(0);
        assertThat(kafka.recurring()).isTrue();
        assertThat(kafka.meanScore()).isEqualTo(4.5);
        assertThat(kafka.answers()).isEqualTo(2);
        assertThat(kafka.sessions()).isEqualTo(2);
        assertThat(kafka.missedPoints())
                .containsExactlyInAnyOrder("Key point of be-kafka-01", "Key point of be-kafka-02");
        assertThat(progress.weakTopics().get(1).recurring()).isFalse();
    }

    @Test
    void should_count_a_skipped_question_as_zero_so_an_avoided_topic_never_looks_strong() {
        history.play(backend("Redis"), List.of("be-redis-01"), List.of("/skip"));

        ProgressReport progress = analyzer.analyze("ada", history.sessions());

        assertThat(progress.weakTopics())
                .extracting(WeakTopic::topic, WeakTopic::meanScore)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Redis", 0.0));
    }

    @Test
    void should_recommend_an_easier_interview_aimed_at_the_weakest_technologies() {
        history.play(
                backend("Kafka", "SQL", "Redis"),
                List.of("be-kafka-01", "be-sql-join-01", "be-redis-01"),
                List.of("score 2", "score 5", "score 9"));

        ProgressReport progress = analyzer.analyze("ada", history.sessions());

        assertThat(progress.recommendedPlan().technologies()).containsExactly("Kafka", "SQL");
        assertThat(progress.recommendedPlan().type()).isEqualTo(InterviewType.TECHNICAL);
        assertThat(progress.recommendedPlan().difficulty()).isEqualTo(Difficulty.EASY);
        assertThat(progress.recommendation()).contains("Kafka, SQL").contains("2.0/10");
    }

    @Test
    void should_recommend_behavioral_practice_when_a_behavioral_topic_is_weakest() {
        history.play(backend("Kafka"), List.of("beh-conflict-01", "be-kafka-01"), List.of("score 1", "score 8"));

        ProgressReport progress = analyzer.analyze("ada", history.sessions());

        assertThat(progress.weakTopics()).extracting(WeakTopic::topic).containsExactly("conflict (behavioral)");
        assertThat(progress.recommendedPlan().type()).isEqualTo(InterviewType.BEHAVIORAL);
    }

    @Test
    void should_go_one_step_harder_when_no_topic_is_weak() {
        history.play(backend("Kafka"), List.of("be-kafka-01"), List.of("score 9"));

        ProgressReport progress = analyzer.analyze("ada", history.sessions());

        assertThat(progress.weakTopics()).isEmpty();
        assertThat(progress.studyPlan()).isEmpty();
        assertThat(progress.recommendedPlan().difficulty()).isEqualTo(Difficulty.HARD);
        assertThat(progress.recommendation()).contains("one step harder");
    }

    @Test
    void should_write_a_study_plan_weakest_first_from_the_missed_points_and_model_answers() {
        history.play(backend("Kafka", "SQL"), List.of("be-sql-join-01", "be-kafka-01"), List.of("score 5", "score 2"));

        ProgressReport progress = analyzer.analyze("ada", history.sessions());

        assertThat(progress.studyPlan())
                .extracting(StudyStep::order, StudyStep::topic)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, "Kafka"), org.assertj.core.groups.Tuple.tuple(2, "SQL"));
        StudyStep kafka = progress.studyPlan().get(0);
        assertThat(kafka.why()).isEqualTo("averages 2.0/10 over 1 answer in 1 session");
        assertThat(kafka.actions())
                .containsExactly(
                        "Read up on: Key point of be-kafka-01",
                        "Compare your answer to \"How does Kafka keep messages in order?\" with the outline of a"
                                + " strong one: Outline of a strong answer to be-kafka-01.",
                        "Practise: answer \"How does Kafka keep messages in order?\" again out loud, covering the"
                                + " points above.");
    }

    @Test
    void should_put_the_answers_to_a_question_asked_in_several_sessions_side_by_side() {
        history.play(backend("Kafka"), List.of("be-kafka-01"), List.of("score 3 I am not sure"));
        history.play(backend("Kafka"), List.of("be-kafka-02"), List.of("score 6"));
        history.play(backend("Kafka"), List.of("be-kafka-01"), List.of("score 8 one partition keeps order"));

        ProgressReport progress = analyzer.analyze("ada", history.sessions());

        assertThat(progress.repeatedQuestions()).hasSize(1);
        RepeatedQuestion repeated = progress.repeatedQuestions().get(0);
        assertThat(repeated.questionId()).isEqualTo("be-kafka-01");
        assertThat(repeated.attempts())
                .extracting(AnswerAttempt::answer)
                .containsExactly("score 3 I am not sure", "score 8 one partition keeps order");
        assertThat(repeated.change()).isEqualTo(5.0);
    }

    @Test
    void should_give_a_new_session_the_questions_already_asked_and_the_weak_topics() {
        history.play(backend("Kafka", "SQL"), List.of("be-kafka-01", "be-sql-join-01"), List.of("score 2", "score 9"));

        CandidateHistory past = analyzer.history("ada", history.sessions());

        assertThat(past.askedQuestionIds()).containsExactly("be-kafka-01", "be-sql-join-01");
        assertThat(past.asked("be-kafka-02")).isFalse();
        assertThat(past.weakTopics()).containsExactly("Kafka");
    }

    @Test
    void should_suggest_a_first_interview_when_there_is_no_session() {
        ProgressReport progress = analyzer.analyze("ada", List.of());

        assertThat(progress.sessions()).isEmpty();
        assertThat(progress.recommendation()).startsWith("No session yet");
    }
}
