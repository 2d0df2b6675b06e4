package dev.mocksy.store.jdbc.bench;

import dev.mocksy.Mocksy;
import dev.mocksy.interview.InterviewEvent;
import dev.mocksy.interview.InterviewPlan;
import dev.mocksy.interview.InterviewSession;
import dev.mocksy.interview.InterviewSnapshot;
import dev.mocksy.interview.RecordedEvent;
import dev.mocksy.store.FileInterviewStore;
import dev.mocksy.store.InMemoryInterviewStore;
import dev.mocksy.store.InterviewStore;
import dev.mocksy.store.jdbc.JdbcInterviewStore;
import dev.mocksy.store.jdbc.JdbcStoreSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The journal on a database: appending events as a live session does (the line, the optimistic lock and the derived
 * tables, one transaction each), and rebuilding a 50-event session from the store (load and replay), on SQLite and
 * PostgreSQL, with the JSON-lines file store as the peer. The events are those of a real offline interview (8 bank questions, follow-ups, evaluations, the
 * report), replayed under fresh session ids.
 *
 * <p>Run: {@code scripts/jmh mocksy-store-jdbc JournalBenchmark} (add {@code -t 4} for four writing threads, as
 * several sessions on one node). PostgreSQL: 127.0.0.1:5432, or {@code MOCKSY_TEST_POSTGRES_URL}; a fresh schema is
 * made and dropped.
 */
@State(Scope.Benchmark)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class JournalBenchmark {

    @Param({"sqlite", "postgresql", "file"})
    public String database;

    private Path dir;
    private String url;
    private String schema;
    private String server;
    private InterviewStore store;
    private List<RecordedEvent> template;
    private String fiftyEventSession;
    private final AtomicLong sessions = new AtomicLong();

    @Setup(Level.Trial)
    public void open() throws Exception {
        template = playedSession();
        if (database.equals("file")) {
            dir = Files.createTempDirectory("mocksy-bench");
        } else if (database.equals("sqlite")) {
            dir = Files.createTempDirectory("mocksy-bench");
            url = "jdbc:sqlite:" + dir.resolve("mocksy.db");
        } else {
            String env = System.getenv("MOCKSY_TEST_POSTGRES_URL");
            server = env == null || env.isBlank() ? "jdbc:postgresql://127.0.0.1:5432/test?user=postgres" : env;
            schema = "bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            try (Connection connection = DriverManager.getConnection(server);
                    Statement statement = connection.createStatement()) {
                statement.execute("CREATE SCHEMA " + schema);
            }
            url = server + (server.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        }
        store = database.equals("file")
                ? new FileInterviewStore(dir.resolve("sessions"))
                : JdbcInterviewStore.open(JdbcStoreSettings.of(url));
        Writer writer = new Writer();
        for (int i = 0; i < 50; i++) {
            writer.appendNext(this);
        }
        fiftyEventSession = writer.sessionId;
    }

    @TearDown(Level.Trial)
    public void close() throws Exception {
        if (store instanceof JdbcInterviewStore jdbc) {
            jdbc.close();
        }
        if (schema != null) {
            try (Connection connection = DriverManager.getConnection(server);
                    Statement statement = connection.createStatement()) {
                statement.execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
        if (dir != null) {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder())
                        .forEach(path -> path.toFile().delete());
            }
        }
    }

    /** One writer's session in progress: each append is its next event, as the live session would write it. */
    @State(Scope.Thread)
    public static class Writer {
        String sessionId;
        InterviewSnapshot state;
        int next;

        void appendNext(JournalBenchmark bench) {
            if (state == null || next == bench.template.size()) {
                sessionId = "bench-" + bench.sessions.incrementAndGet() + "-"
                        + Thread.currentThread().getId();
                next = 0;
            }
            RecordedEvent original = bench.template.get(next);
            RecordedEvent event = new RecordedEvent(sessionId, next + 1, original.at(), original.event());
            InterviewSnapshot after = next == 0 ? InterviewSnapshot.start(event) : state.apply(event);
            bench.store.append(event, after);
            state = after;
            next++;
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public void append(Writer writer) {
        writer.appendNext(this);
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public InterviewSnapshot rebuildFiftyEventSession() {
        return InterviewSnapshot.replay(store.load(fiftyEventSession));
    }

    /** A real offline interview's journal: 8 bank questions with follow-ups, evaluations, completion and report. */
    static List<RecordedEvent> playedSession() {
        InMemoryInterviewStore memory = new InMemoryInterviewStore();
        Mocksy mocksy = Mocksy.builder().isolated().store(memory).build();
        InterviewSession session = mocksy.startInterview(InterviewPlan.builder()
                .role("backend")
                .type("technical")
                .questionCount(8)
                .maxFollowUps(1)
                .build());
        session.start();
        while (true) {
            session.submitAnswer("I would measure first: our checkout API took 900 ms at p99; I found an N+1 query,"
                    + " replaced it with a join and an index on customer_id, and cached the catalogue in Redis with a"
                    + " five minute TTL. Latency fell to 180 ms; the trade-off was cache invalidation.");
            if (session.next().isEmpty()) {
                break;
            }
        }
        session.report();
        List<RecordedEvent> events = memory.load(session.id());
        if (events.size() < 50) {
            throw new IllegalStateException("the template session has only " + events.size() + " events");
        }
        if (!(events.get(0).event() instanceof InterviewEvent.SessionStarted)) {
            throw new IllegalStateException("unexpected first event");
        }
        return events;
    }
}
