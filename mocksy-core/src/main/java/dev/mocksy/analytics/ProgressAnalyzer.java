package dev.mocksy.analytics;

import dev.mocksy.evaluation.RubricCategory;
import dev.mocksy.interview.Difficulty;
import dev.mocksy.interview.InterviewPlan;
import dev.mocksy.interview.InterviewSnapshot;
import dev.mocksy.interview.InterviewType;
import dev.mocksy.interview.Turn;
import dev.mocksy.question.CandidateHistory;
import dev.mocksy.question.Question;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Computes a {@link ProgressReport} from a candidate's sessions. Stateless; the rules:
 *
 * <ul>
 *   <li>Each session scores as {@link SessionScore} says; sessions without an evaluated answer are left out.
 *   <li>A retake is a session with the same role, type, level and technologies as an earlier one; it is compared
 *       with the latest such attempt before it.
 *   <li>A topic (see {@link Topics}) is weak when the mean overall score of its evaluated answers is under
 *       {@link #WEAK_BELOW}/10, and recurring when it was weak in more than one session. Skips and non-answers count
 *       with the zero they scored: a topic cannot look strong by being avoided.
 *   <li>The next plan keeps the latest session's role, level, mode and length; it asks about the weakest technology
 *       topics, in the type of the weakest topic's questions, at an easier difficulty when the weakest mean is under
 *       4. With no weak topic it goes one difficulty up.
 *   <li>The study plan takes the weak topics in order (at most {@value #STUDY_STEPS}): the key points most often
 *       missed, the outline of a strong answer to the lowest-scored question, then practising that question again.
 * </ul>
 */
public final class ProgressAnalyzer {

    /** A topic whose answers average under this (out of 10) is weak. */
    public static final double WEAK_BELOW = 6.0;

    /** The most steps in a study plan. */
    public static final int STUDY_STEPS = 5;

    private static final int MISSED_POINTS_PER_TOPIC = 3;
    private static final int PLAN_TECHNOLOGIES = 3;

    /** The progress of {@code candidateId} over these sessions (in any order; they are sorted by start time). */
    public ProgressReport analyze(String candidateId, List<InterviewSnapshot> sessions) {
        List<InterviewSnapshot> ordered = sessions.stream()
                .sorted(Comparator.comparing(InterviewSnapshot::createdAt).thenComparing(InterviewSnapshot::sessionId))
                .toList();
        List<SessionScore> scores =
                ordered.stream().map(SessionScore::of).flatMap(Optional::stream).toList();
        Map<String, TopicStats> topics = topics(ordered);
        List<WeakTopic> weak = weakTopics(topics);
        Recommendation next = recommend(ordered, weak, topics);
        return new ProgressReport(
                candidateId,
                scores,
                scores.stream()
                        .map(s -> new TrendPoint(s.sessionId(), s.createdAt(), s.overall()))
                        .toList(),
                categoryTrends(scores),
                retakes(scores),
                weak,
                next.plan(),
                next.reason(),
                studyPlan(weak, topics),
                repeatedQuestions(ordered));
    }

    /** The question ids and weak topics a new session of this candidate should take into account. */
    public CandidateHistory history(String candidateId, List<InterviewSnapshot> sessions) {
        Set<String> asked = new LinkedHashSet<>();
        sessions.stream()
                .sorted(Comparator.comparing(InterviewSnapshot::createdAt))
                .forEach(session -> session.turns()
                        .forEach(turn -> asked.add(turn.question().id())));
        List<String> weak =
                weakTopics(topics(sessions)).stream().map(WeakTopic::topic).toList();
        return new CandidateHistory(candidateId, asked, weak);
    }

    private static List<CategoryTrend> categoryTrends(List<SessionScore> scores) {
        Map<RubricCategory, List<TrendPoint>> points = new EnumMap<>(RubricCategory.class);
        for (SessionScore score : scores) {
            score.categories().forEach((category, value) -> points.computeIfAbsent(category, c -> new ArrayList<>())
                    .add(new TrendPoint(score.sessionId(), score.createdAt(), value)));
        }
        List<CategoryTrend> trends = new ArrayList<>();
        points.forEach((category, list) -> trends.add(new CategoryTrend(category, list)));
        return trends;
    }

    private static List<Retake> retakes(List<SessionScore> scores) {
        List<Retake> retakes = new ArrayList<>();
        for (int i = 1; i < scores.size(); i++) {
            SessionScore retake = scores.get(i);
            for (int j = i - 1; j >= 0; j--) {
                SessionScore previous = scores.get(j);
                if (samePlan(retake.plan(), previous.plan())) {
                    Map<RubricCategory, Double> changes = new EnumMap<>(RubricCategory.class);
                    retake.categories().forEach((category, value) -> {
                        Double before = previous.categories().get(category);
                        if (before != null) {
                            changes.put(category, SessionScore.round(value - before));
                        }
                    });
                    retakes.add(new Retake(
                            retake.sessionId(), previous.sessionId(), retake.overall() - previous.overall(), changes));
                    break;
                }
            }
        }
        return retakes;
    }

    /** Same role, type, level and technologies (in any order, ignoring case): the same plan taken again. */
    static boolean samePlan(InterviewPlan a, InterviewPlan b) {
        return a.role() == b.role()
                && a.type() == b.type()
                && a.level() == b.level()
                && lowerCase(a.technologies()).equals(lowerCase(b.technologies()));
    }

    private static Set<String> lowerCase(List<String> values) {
        Set<String> set = new HashSet<>();
        values.forEach(value -> set.add(value.toLowerCase(Locale.ROOT)));
        return set;
    }

    /** Statistics of one topic over all evaluated answers. */
    private static final class TopicStats {
        final String topic;
        double sum;
        int answers;
        final Map<String, double[]> perSession = new LinkedHashMap<>();
        final Map<String, Integer> missed = new LinkedHashMap<>();
        final Map<String, Question> questions = new LinkedHashMap<>();
        final Map<String, Double> lowestScore = new LinkedHashMap<>();
        final Map<InterviewType, Integer> types = new EnumMap<>(InterviewType.class);
        boolean technology;

        TopicStats(String topic) {
            this.topic = topic;
        }

        double mean() {
            return sum / answers;
        }

        int weakSessions() {
            return (int) perSession.values().stream()
                    .filter(s -> s[0] / s[1] < WEAK_BELOW)
                    .count();
        }

        /** The question of this topic with the lowest score. */
        Question weakestQuestion() {
            return lowestScore.entrySet().stream()
                    .min(Map.Entry.comparingByValue())
                    .map(entry -> questions.get(entry.getKey()))
                    .orElseThrow();
        }

        InterviewType mainType() {
            return types.entrySet().stream()
                    .max(Map.Entry.comparingByValue())
                    .map(Map.Entry::getKey)
                    .orElse(InterviewType.MIXED);
        }
    }

    private static Map<String, TopicStats> topics(List<InterviewSnapshot> sessions) {
        Map<String, TopicStats> topics = new LinkedHashMap<>();
        for (InterviewSnapshot session : sessions) {
            Map<String, Question> mains = new LinkedHashMap<>();
            for (Turn turn : session.turns()) {
                if (!turn.isFollowUp()) {
                    mains.put(turn.question().id(), turn.question());
                }
                if (!turn.isEvaluated()) {
                    continue;
                }
                double score = turn.evaluation().overall();
                for (String topic : Topics.of(turn, mains)) {
                    TopicStats stats = topics.computeIfAbsent(topic, TopicStats::new);
                    stats.sum += score;
                    stats.answers++;
                    double[] session1 = stats.perSession.computeIfAbsent(session.sessionId(), id -> new double[2]);
                    session1[0] += score;
                    session1[1]++;
                    turn.evaluation().missed().forEach(point -> stats.missed.merge(point, 1, Integer::sum));
                    stats.questions.putIfAbsent(turn.question().id(), turn.question());
                    stats.lowestScore.merge(turn.question().id(), score, Math::min);
                    stats.types.merge(turn.question().type(), 1, Integer::sum);
                    stats.technology |= Topics.isTechnology(topic, turn.question())
                            || (turn.isFollowUp()
                                    && mains.containsKey(turn.parentQuestionId())
                                    && Topics.isTechnology(topic, mains.get(turn.parentQuestionId())));
                }
            }
        }
        return topics;
    }

    private static List<WeakTopic> weakTopics(Map<String, TopicStats> topics) {
        return topics.values().stream()
                .filter(stats -> stats.mean() < WEAK_BELOW)
                .sorted(Comparator.comparing((TopicStats stats) -> stats.weakSessions() < 2)
                        .thenComparingDouble(TopicStats::mean)
                        .thenComparing(stats -> -stats.answers)
                        .thenComparing(stats -> stats.topic))
                .map(stats -> new WeakTopic(
                        stats.topic,
                        SessionScore.round(stats.mean()),
                        stats.answers,
                        stats.perSession.size(),
                        stats.weakSessions() >= 2,
                        mostMissed(stats),
                        List.copyOf(stats.questions.keySet())))
                .toList();
    }

    private static List<String> mostMissed(TopicStats stats) {
        return stats.missed.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .map(Map.Entry::getKey)
                .toList();
    }

    private record Recommendation(InterviewPlan plan, String reason) {}

    private static Recommendation recommend(
            List<InterviewSnapshot> sessions, List<WeakTopic> weak, Map<String, TopicStats> topics) {
        if (sessions.isEmpty()) {
            return new Recommendation(
                    InterviewPlan.builder().build(), "No session yet: start with a mixed interview at mid level.");
        }
        InterviewPlan latest = sessions.get(sessions.size() - 1).plan();
        InterviewPlan.Builder next = latest.toBuilder();
        if (weak.isEmpty()) {
            Difficulty harder = latest.difficulty() == Difficulty.EASY ? Difficulty.MEDIUM : Difficulty.HARD;
            boolean scored = topics.values().stream().anyMatch(stats -> stats.answers > 0);
            return new Recommendation(
                    next.difficulty(harder).build(),
                    scored
                            ? "No topic averages under " + (int) WEAK_BELOW + "/10, so the same interview one step"
                                    + " harder (" + harder.id() + ")."
                            : "No answer has been evaluated yet: finish an interview to aim the next one.");
        }
        WeakTopic weakest = weak.get(0);
        List<String> technologies = weak.stream()
                .filter(topic -> topics.get(topic.topic()).technology)
                .map(WeakTopic::topic)
                .limit(PLAN_TECHNOLOGIES)
                .toList();
        InterviewType type = topics.get(weakest.topic()).mainType();
        next.type(type).technologies(technologies.isEmpty() ? latest.technologies() : technologies);
        Difficulty difficulty = weakest.meanScore() < 4 ? Difficulty.EASY : min(latest.difficulty(), Difficulty.MEDIUM);
        next.difficulty(difficulty);
        String aim = technologies.isEmpty() ? weakest.topic() : String.join(", ", technologies);
        return new Recommendation(
                next.build(),
                "Aimed at " + aim + ": your weakest " + (technologies.size() > 1 ? "topics" : "topic") + " ("
                        + weakest.topic() + " averages " + weakest.meanScore() + "/10 over "
                        + plural(weakest.answers(), "answer")
                        + (weakest.recurring() ? ", weak in more than one session" : "")
                        + "), " + type.displayName().toLowerCase(Locale.ROOT) + " questions at " + difficulty.id()
                        + " difficulty.");
    }

    private static Difficulty min(Difficulty a, Difficulty b) {
        return a.ordinal() <= b.ordinal() ? a : b;
    }

    private static List<StudyStep> studyPlan(List<WeakTopic> weak, Map<String, TopicStats> topics) {
        List<StudyStep> steps = new ArrayList<>();
        for (WeakTopic topic : weak) {
            if (steps.size() == STUDY_STEPS) {
                break;
            }
            TopicStats stats = topics.get(topic.topic());
            Question question = stats.weakestQuestion();
            List<String> actions = new ArrayList<>();
            topic.missedPoints().stream()
                    .limit(MISSED_POINTS_PER_TOPIC)
                    .forEach(point -> actions.add("Read up on: " + point));
            if (!question.modelAnswer().isEmpty()) {
                actions.add("Compare your answer to \"" + question.text() + "\" with the outline of a strong one: "
                        + String.join(" ", question.modelAnswer()));
            }
            actions.add("Practise: answer \"" + question.text() + "\" again out loud"
                    + (topic.missedPoints().isEmpty() ? ", with a concrete example." : ", covering the points above."));
            String why = "averages " + topic.meanScore() + "/10 over " + plural(topic.answers(), "answer") + " in "
                    + plural(topic.sessions(), "session") + (topic.recurring() ? "; weak more than once" : "");
            steps.add(new StudyStep(steps.size() + 1, topic.topic(), why, actions));
        }
        return steps;
    }

    private static List<RepeatedQuestion> repeatedQuestions(List<InterviewSnapshot> sessions) {
        Map<String, List<AnswerAttempt>> attempts = new LinkedHashMap<>();
        Map<String, String> texts = new LinkedHashMap<>();
        for (InterviewSnapshot session : sessions) {
            Set<String> seen = new HashSet<>();
            for (Turn turn : session.turns()) {
                String id = turn.question().id();
                if (!turn.isEvaluated() || !seen.add(id)) {
                    continue;
                }
                texts.putIfAbsent(id, turn.question().text());
                attempts.computeIfAbsent(id, key -> new ArrayList<>())
                        .add(new AnswerAttempt(
                                session.sessionId(),
                                session.createdAt(),
                                Objects.requireNonNullElse(turn.answer().text(), ""),
                                turn.evaluation().overall(),
                                turn.evaluation().missed()));
            }
        }
        List<RepeatedQuestion> repeated = new ArrayList<>();
        attempts.forEach((id, list) -> {
            if (list.size() > 1) {
                repeated.add(new RepeatedQuestion(id, texts.get(id), list));
            }
        });
        return repeated;
    }

    private static String plural(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
