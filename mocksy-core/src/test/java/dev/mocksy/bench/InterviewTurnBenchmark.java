package dev.mocksy.bench;

import dev.mocksy.Mocksy;
import dev.mocksy.evaluation.Evaluation;
import dev.mocksy.interview.InterviewPlan;
import dev.mocksy.interview.InterviewSession;
import dev.mocksy.interview.RecordedEvent;
import dev.mocksy.question.Question;
import dev.mocksy.store.InMemoryInterviewStore;
import dev.mocksy.store.InterviewStore;
import dev.mocksy.store.StoredRecording;
import dev.mocksy.store.WrittenFile;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * One interview turn through the engine with the offline providers: an answer in (journaled, evaluated by the
 * heuristic evaluator), the evaluation and the next question (follow-up or bank question) out. When a session
 * completes, the next turn starts a new one, so session creation is measured too.
 *
 * <p>Run: {@code scripts/jmh mocksy-core InterviewTurnBenchmark}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class InterviewTurnBenchmark {

    private static final String ANSWER = "I would start by measuring where the time goes, because guessing wastes "
            + "effort. In my last role our checkout API took 900 ms at p99; I profiled it, found an N+1 query in the "
            + "order lookup, and replaced it with a single join plus an index on customer_id. I also added a Redis "
            + "cache with a five minute TTL for the product catalogue, and we load tested the change with k6 before "
            + "release. Latency dropped to 180 ms at p99, and database CPU fell by 40 percent. The trade-off was "
            + "cache invalidation, so we published an event on every catalogue update to evict stale entries.";

    private Mocksy mocksy;
    private InterviewPlan plan;
    private InterviewSession session;

    @Setup
    public void setUp() {
        mocksy = Mocksy.builder().isolated().store(new LatestSessionStore()).build();
        plan = InterviewPlan.builder()
                .role("backend")
                .type("mixed")
                .level("mid")
                .questionCount(8)
                .maxFollowUps(1)
                .build();
        newSession();
    }

    private void newSession() {
        session = mocksy.startInterview(plan);
        session.start();
    }

    /** Keeps only the latest session's journal, so the heap stays flat over millions of turns. */
    private static final class LatestSessionStore implements InterviewStore {
        private InMemoryInterviewStore store = new InMemoryInterviewStore();
        private String sessionId;

        @Override
        public void append(RecordedEvent event) {
            if (!event.sessionId().equals(sessionId)) {
                sessionId = event.sessionId();
                store = new InMemoryInterviewStore();
            }
            store.append(event);
        }

        @Override
        public List<RecordedEvent> load(String id) {
            return store.load(id);
        }

        @Override
        public List<String> sessionIds() {
            return store.sessionIds();
        }

        @Override
        public boolean delete(String id) {
            return store.delete(id);
        }

        @Override
        public void saveRecording(StoredRecording recording) {
            store.saveRecording(recording);
        }

        @Override
        public Optional<StoredRecording> recording(String id, String recordingId) {
            return store.recording(id, recordingId);
        }

        @Override
        public void recordWrittenFile(WrittenFile file) {
            store.recordWrittenFile(file);
        }

        @Override
        public List<WrittenFile> writtenFiles(String candidateId) {
            return store.writtenFiles(candidateId);
        }

        @Override
        public void forgetCandidate(String candidateId) {
            store.forgetCandidate(candidateId);
        }
    }

    @Benchmark
    public void answerAndNextQuestion(Blackhole blackhole) {
        Evaluation evaluation = session.submitAnswer(ANSWER);
        Optional<Question> next = session.next();
        blackhole.consume(evaluation);
        blackhole.consume(next);
        if (next.isEmpty()) {
            newSession();
        }
    }
}
