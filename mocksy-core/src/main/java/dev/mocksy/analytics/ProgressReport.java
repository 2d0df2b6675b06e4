package dev.mocksy.analytics;

import dev.mocksy.interview.InterviewPlan;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A candidate's progress over their sessions, every figure traceable to the answers behind it.
 *
 * @param candidateId whose progress
 * @param sessions the scores of each session with at least one evaluated answer, oldest first
 * @param overallTrend the overall score (0-100) per session, oldest first
 * @param categoryTrends each rubric category's score per session
 * @param retakes each session that repeated an earlier plan, against the attempt before it
 * @param weakTopics topics scoring under {@link ProgressAnalyzer#WEAK_BELOW}/10, recurring ones first, then weakest
 * @param recommendedPlan the interview to take next, aimed at the weakest topics
 * @param recommendation why that plan, in one sentence
 * @param studyPlan what to read or practise, in order
 * @param repeatedQuestions questions answered in more than one session, side by side
 */
public record ProgressReport(
        String candidateId,
        List<SessionScore> sessions,
        List<TrendPoint> overallTrend,
        List<CategoryTrend> categoryTrends,
        List<Retake> retakes,
        List<WeakTopic> weakTopics,
        InterviewPlan recommendedPlan,
        String recommendation,
        List<StudyStep> studyPlan,
        List<RepeatedQuestion> repeatedQuestions) {

    public ProgressReport {
        Objects.requireNonNull(candidateId, "candidateId");
        sessions = List.copyOf(sessions);
        overallTrend = List.copyOf(overallTrend);
        categoryTrends = List.copyOf(categoryTrends);
        retakes = List.copyOf(retakes);
        weakTopics = List.copyOf(weakTopics);
        Objects.requireNonNull(recommendedPlan, "recommendedPlan");
        Objects.requireNonNull(recommendation, "recommendation");
        studyPlan = List.copyOf(studyPlan);
        repeatedQuestions = List.copyOf(repeatedQuestions);
    }

    /** The latest session's retake comparison, when the latest session repeated an earlier plan. */
    public Optional<Retake> latestRetake() {
        if (sessions.isEmpty() || retakes.isEmpty()) {
            return Optional.empty();
        }
        Retake last = retakes.get(retakes.size() - 1);
        return last.sessionId().equals(sessions.get(sessions.size() - 1).sessionId())
                ? Optional.of(last)
                : Optional.empty();
    }
}
