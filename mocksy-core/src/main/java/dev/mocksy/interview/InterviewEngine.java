package dev.mocksy.interview;

import dev.mocksy.SessionNotFoundException;
import dev.mocksy.evaluation.AnswerEvaluator;
import dev.mocksy.question.QuestionGenerator;
import dev.mocksy.report.ReportGenerator;
import dev.mocksy.resume.CandidateProfile;
import dev.mocksy.store.InterviewStore;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Starts and resumes interview sessions over one set of providers and one store. Thread-safe; share one.
 *
 * @param store where every event is journaled
 * @param questions chooses questions and follow-ups
 * @param evaluator scores answers
 * @param reports writes the final report
 * @param clock the time source for events and limits
 * @param maxAnswerChars the longest answer accepted
 */
public record InterviewEngine(
        InterviewStore store,
        QuestionGenerator questions,
        AnswerEvaluator evaluator,
        ReportGenerator reports,
        Clock clock,
        int maxAnswerChars) {

    /** The default for {@link #maxAnswerChars}: about 3,000 words, far beyond any spoken answer. */
    public static final int DEFAULT_MAX_ANSWER_CHARS = 20_000;

    private static final DateTimeFormatter ID_TIME =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    public InterviewEngine {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(questions, "questions");
        Objects.requireNonNull(evaluator, "evaluator");
        Objects.requireNonNull(reports, "reports");
        Objects.requireNonNull(clock, "clock");
        if (maxAnswerChars < 1) {
            throw new IllegalArgumentException("maxAnswerChars must be positive, got " + maxAnswerChars);
        }
    }

    /**
     * Creates a session in {@link InterviewState#IDLE}; call {@link InterviewSession#start()} to ask the first
     * question.
     *
     * @param profile the candidate's profile, or {@code null}
     */
    public InterviewSession create(InterviewPlan plan, CandidateProfile profile) {
        Objects.requireNonNull(plan, "plan");
        String id = ID_TIME.format(clock.instant()) + "-"
                + String.format("%06x", ThreadLocalRandom.current().nextInt(1 << 24));
        RecordedEvent first =
                new RecordedEvent(id, 1, clock.instant(), new InterviewEvent.SessionStarted(plan, profile));
        store.append(first);
        return new InterviewSession(this, InterviewSnapshot.start(first));
    }

    /**
     * Reopens a session from its journal, e.g. after a crash or in another process. An answer that was stored but
     * not yet evaluated is evaluated now, so no answer is lost.
     *
     * @throws SessionNotFoundException when the store has no such session
     */
    public InterviewSession resume(String sessionId) {
        List<RecordedEvent> journal = store.load(sessionId);
        if (journal.isEmpty()) {
            throw new SessionNotFoundException(sessionId);
        }
        InterviewSession session = new InterviewSession(this, InterviewSnapshot.replay(journal));
        if (session.state() == InterviewState.PROCESSING) {
            session.evaluatePending();
        }
        return session;
    }

    /** The sessions in the store, oldest first. */
    public List<String> sessionIds() {
        return store.sessionIds();
    }
}
