package dev.mocksy.report;

import dev.mocksy.evaluation.AnswerFlag;
import dev.mocksy.evaluation.Evaluation;
import dev.mocksy.evaluation.Evidence;
import dev.mocksy.evaluation.RubricCategory;
import dev.mocksy.interview.Answer;
import dev.mocksy.interview.Candidate;
import dev.mocksy.interview.Difficulty;
import dev.mocksy.interview.InterviewEvent;
import dev.mocksy.interview.InterviewPlan;
import dev.mocksy.interview.InterviewSnapshot;
import dev.mocksy.interview.InterviewType;
import dev.mocksy.interview.RecordedEvent;
import dev.mocksy.question.KeyPoint;
import dev.mocksy.question.Question;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Builds a session's journal event by event, as the engine would record it, and replays it into a snapshot. */
final class Journal {

    static final Instant START = Instant.parse("2026-11-22T10:00:00Z");

    private final String sessionId;
    private final List<RecordedEvent> events = new ArrayList<>();
    private Instant now = START;
    private int mainQuestions;
    private String lastMainId;

    private Journal(String sessionId, InterviewPlan plan) {
        this.sessionId = sessionId;
        record(new InterviewEvent.SessionStarted(plan, null, Candidate.LOCAL));
    }

    static Journal start(String sessionId, InterviewPlan plan) {
        return new Journal(sessionId, plan);
    }

    /** Asks a main question, answers it and records the evaluation. */
    Journal answered(Question question, String answer, Evaluation evaluation) {
        return ask(question)
                .listen(question)
                .receive(question, Answer.of(answer))
                .evaluated(question, evaluation);
    }

    /** Asks a follow-up on the last main question, answers it and records the evaluation. */
    Journal followUp(Question question, String answer, Evaluation evaluation) {
        record(new InterviewEvent.FollowUpChosen(question, lastMainId, "missed a key point"));
        return listen(question).receive(question, Answer.of(answer)).evaluated(question, evaluation);
    }

    /** Asks a main question the candidate skips; evaluated as the session does. */
    Journal skipped(Question question) {
        return ask(question)
                .listen(question)
                .receive(question, Answer.skip())
                .evaluated(
                        question,
                        Evaluation.skipped(question.keyPoints().stream()
                                .map(KeyPoint::point)
                                .toList()));
    }

    /** Asks a main question whose time runs out with {@code captured} typed. */
    Journal timedOut(Question question, String captured, Evaluation evaluation) {
        return ask(question)
                .listen(question)
                .receive(question, Answer.timedOut(captured))
                .evaluated(question, evaluation);
    }

    Journal ask(Question question) {
        mainQuestions++;
        lastMainId = question.id();
        return record(new InterviewEvent.QuestionAsked(question, mainQuestions));
    }

    Journal listen(Question question) {
        return record(new InterviewEvent.ListeningStarted(question.id()));
    }

    Journal receive(Question question, Answer answer) {
        return record(new InterviewEvent.AnswerReceived(question.id(), answer));
    }

    Journal evaluated(Question question, Evaluation evaluation) {
        return record(new InterviewEvent.AnswerEvaluated(question.id(), evaluation));
    }

    Journal complete() {
        return record(new InterviewEvent.Completed("all questions answered"));
    }

    Journal abandon(String reason) {
        return record(new InterviewEvent.Abandoned(reason));
    }

    InterviewSnapshot snapshot() {
        return InterviewSnapshot.replay(events);
    }

    private Journal record(InterviewEvent event) {
        now = now.plus(Duration.ofSeconds(30));
        events.add(new RecordedEvent(sessionId, events.size() + 1, now, event));
        return this;
    }

    // ---- fixtures: questions and evaluations written for these tests ----

    static Question technical(String id, String text, String... keyPoints) {
        return question(id, text, InterviewType.TECHNICAL, keyPoints);
    }

    static Question behavioral(String id, String text, String... keyPoints) {
        return question(id, text, InterviewType.BEHAVIORAL, keyPoints);
    }

    static Question question(String id, String text, InterviewType type, String... keyPoints) {
        return new Question(
                id,
                text,
                type,
                Set.of(),
                Set.of(),
                Difficulty.MEDIUM,
                List.of(),
                List.of(),
                Arrays.stream(keyPoints)
                        .map(point -> new KeyPoint(point, List.of(point.toLowerCase())))
                        .toList(),
                List.of(),
                List.of(),
                List.of(),
                null);
    }

    /** An evaluation scoring every category the same as {@code overall}. */
    static EvaluationBuilder scored(double overall) {
        return new EvaluationBuilder(overall);
    }

    static final class EvaluationBuilder {
        private final double overall;
        private final Map<RubricCategory, Double> categories = new EnumMap<>(RubricCategory.class);
        private List<String> covered = List.of();
        private List<String> missed = List.of();
        private final List<Evidence> evidence = new ArrayList<>();
        private Set<AnswerFlag> flags = Set.of();
        private String method = "heuristic";

        private EvaluationBuilder(double overall) {
            this.overall = overall;
            for (RubricCategory category : RubricCategory.values()) {
                categories.put(category, overall);
            }
        }

        EvaluationBuilder category(RubricCategory category, double score) {
            categories.put(category, score);
            return this;
        }

        EvaluationBuilder covered(String... points) {
            covered = List.of(points);
            return this;
        }

        EvaluationBuilder missed(String... points) {
            missed = List.of(points);
            return this;
        }

        EvaluationBuilder quote(String quote, String note) {
            evidence.add(new Evidence(quote, note));
            return this;
        }

        EvaluationBuilder flags(AnswerFlag... flags) {
            this.flags = Set.of(flags);
            return this;
        }

        EvaluationBuilder method(String method) {
            this.method = method;
            return this;
        }

        Evaluation build() {
            return new Evaluation(
                    overall,
                    categories,
                    covered,
                    missed,
                    evidence,
                    "Name one trade-off explicitly.",
                    flags,
                    method,
                    List.of());
        }
    }
}
