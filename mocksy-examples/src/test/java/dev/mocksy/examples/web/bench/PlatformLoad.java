package dev.mocksy.examples.web.bench;

import dev.mocksy.Mocksy;
import dev.mocksy.MocksyHome;
import dev.mocksy.examples.web.PlatformServer;
import dev.mocksy.examples.web.PlatformSettings;
import dev.mocksy.interview.Turn;
import dev.mocksy.spi.Capability;
import dev.mocksy.spi.ProviderRegistry;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

/**
 * The platform under load, on loopback: N concurrent simulated candidates each sign up, log out and in, store their own
 * OpenAI key and choose the model (all at once), then do a whole text interview through the HTTP API and read the
 * report, against a loopback model that answers every call after 800 ms. Prints throughput, the latency of each route
 * as the candidate saw it and the part Mocksy added (the whole minus the model's own measured time inside the
 * request), and checks afterwards that every submitted answer is in the journal. A few candidates go first as a
 * warm-up, not counted.
 *
 * <pre>
 * scripts/load [--candidates 200] [--questions 3] [--llm-delay-ms 800] [--offline] [--store JDBC_URL] [--think-ms MS]
 *              [--ramp-ms MS]
 * </pre>
 *
 * With {@code --think-ms} each candidate thinks and types for a random time between half and one and a half times it
 * before each answer, as people do; without it every candidate answers the moment the question arrives, which measures
 * the platform saturated rather than the latency a candidate sees. Without {@code --ramp-ms} all interviews start in
 * the same instant; with it the candidates arrive evenly spread over that time.
 *
 * A main class, not a test: it is run on a quiet machine and its figures go to docs/BENCHMARKS.md.
 */
public final class PlatformLoad {

    /** The routes of the interview itself, whose added latency the goal is about. */
    static final List<String> INTERVIEW_ROUTES = List.of("start", "answer", "report");

    private PlatformLoad() {}

    /** The options. */
    record Options(
            int candidates,
            int questions,
            Duration llmDelay,
            boolean offline,
            String store,
            int warmUp,
            Duration think,
            Duration ramp) {

        static Options parse(String[] args) {
            int candidates = 200;
            int questions = 3;
            long delay = 800;
            boolean offline = false;
            String store = null;
            int warmUp = 50;
            long think = 0;
            long ramp = 0;
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--candidates" -> candidates = Integer.parseInt(args[++i]);
                    case "--questions" -> questions = Integer.parseInt(args[++i]);
                    case "--llm-delay-ms" -> delay = Long.parseLong(args[++i]);
                    case "--offline" -> offline = true;
                    case "--store" -> store = args[++i];
                    case "--warm-up" -> warmUp = Integer.parseInt(args[++i]);
                    case "--think-ms" -> think = Long.parseLong(args[++i]);
                    case "--ramp-ms" -> ramp = Long.parseLong(args[++i]);
                    default -> throw new IllegalArgumentException("unknown option " + args[i]
                            + "; use --candidates N --questions N --llm-delay-ms MS --offline --store URL"
                            + " --warm-up N --think-ms MS --ramp-ms MS");
                }
            }
            if (candidates < 1 || questions < 1 || delay < 0 || warmUp < 0 || think < 0 || ramp < 0) {
                throw new IllegalArgumentException(
                        "candidates and questions must be positive, the delay and the" + " warm-up at least zero");
            }
            return new Options(
                    candidates,
                    questions,
                    Duration.ofMillis(delay),
                    offline,
                    store,
                    warmUp,
                    Duration.ofMillis(think),
                    Duration.ofMillis(ramp));
        }
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        Path home = Files.createTempDirectory("mocksy-load");
        String store = options.store() != null ? options.store() : "jdbc:sqlite:" + home.resolve("mocksy.db");
        try (MockChatCompletions llm = new MockChatCompletions(options.llmDelay());
                PlatformServer server = PlatformServer.start(
                        PlatformSettings.builder()
                                .home(home)
                                .port(0)
                                .storeUrl(store)
                                .build(),
                        builder -> builder.setting("mocksy.openai.base-url", llm.baseUrl()))) {
            String base = "http://127.0.0.1:" + server.port();
            HttpClient http = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(10))
                    .build();
            System.out.printf(
                    Locale.ROOT,
                    "%d candidates arriving over %d ms, %d questions each, thinking %d ms on average before each answer,"
                            + " %s, %s store; %d cores, load average %.2f%n",
                    options.candidates(),
                    options.ramp().toMillis(),
                    options.questions(),
                    options.think().toMillis(),
                    options.offline()
                            ? "offline interviewer"
                            : "own OpenAI key, model answering after "
                                    + options.llmDelay().toMillis() + " ms",
                    store.startsWith("jdbc:sqlite") ? "SQLite" : "PostgreSQL",
                    Runtime.getRuntime().availableProcessors(),
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                            .getSystemLoadAverage());
            Run warmUp = run(options, options.warmUp(), http, base, llm, -1);
            System.out.printf("warm-up: %d candidates, %d failed%n", options.warmUp(), warmUp.failures.size());
            Run run = run(options, options.candidates(), http, base, llm, 0);
            print(options, run, llm);
            server.close();
            int lost = lost(store, home, run.answersBySession);
            System.out.printf(
                    "journal: %d sessions, %d answers submitted, %d lost%n",
                    run.answersBySession.size(),
                    run.answersBySession.values().stream().mapToInt(List::size).sum(),
                    lost);
            if (!run.failures.isEmpty() || lost > 0) {
                System.exit(1);
            }
        }
    }

    /** One batch of candidates started together. */
    static final class Run {
        final Latencies latencies = new Latencies();
        final Map<String, List<String>> answersBySession = new ConcurrentHashMap<>();
        final List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        long elapsedNanos;
    }

    private static Run run(
            Options options, int candidates, HttpClient http, String base, MockChatCompletions llm, int offset)
            throws Exception {
        Run run = new Run();
        if (candidates == 0) {
            return run;
        }
        ExecutorService pool = Executors.newFixedThreadPool(candidates);
        List<Candidate> signedUp = java.util.Collections.synchronizedList(new ArrayList<>());
        // Accounts first, all at once: sign-ups and logins spend Argon2 time by design, measured on their own routes.
        each(
                pool,
                candidates,
                n -> {
                    int number = offset < 0 ? 100_000 + n : n;
                    String key =
                            options.offline() ? null : "sk-load-" + number + "-" + Long.toHexString(System.nanoTime());
                    Candidate candidate = new Candidate(http, base, run.latencies, key, llm::nanos);
                    candidate.signUp(number);
                    signedUp.add(candidate);
                },
                run);
        // Then every candidate that has an account starts its interview: at the same moment, or one after another
        // over the ramp, as people arrive.
        long start = System.nanoTime();
        long rampNanos = options.ramp().toNanos();
        each(
                pool,
                signedUp.size(),
                n -> {
                    Candidate candidate = signedUp.get(n);
                    java.util.concurrent.locks.LockSupport.parkNanos(
                            start + rampNanos * n / signedUp.size() - System.nanoTime());
                    String session = candidate.interview(options.questions(), options.think());
                    run.answersBySession.put(session, candidate.answers());
                },
                run);
        run.elapsedNanos = System.nanoTime() - start;
        pool.shutdown();
        return run;
    }

    /** Runs {@code work} for 0..count-1 on the pool, all released together; failures are noted, not thrown. */
    private static void each(ExecutorService pool, int count, java.util.function.IntConsumer work, Run run)
            throws Exception {
        CountDownLatch ready = new CountDownLatch(count);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        for (int n = 0; n < count; n++) {
            int index = n;
            done.add(pool.submit(() -> {
                ready.countDown();
                try {
                    go.await();
                    work.accept(index);
                } catch (Candidate.Failure e) {
                    run.failures.add(e.getMessage());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return null;
            }));
        }
        ready.await();
        go.countDown();
        for (Future<?> future : done) {
            future.get();
        }
    }

    private static void print(Options options, Run run, MockChatCompletions llm) {
        double seconds = run.elapsedNanos / 1e9;
        long interviewRequests = run.latencies.count(INTERVIEW_ROUTES);
        long[] added = run.latencies.added(INTERVIEW_ROUTES);
        System.out.printf(
                Locale.ROOT,
                "%d interviews in %.1f s: %.2f interviews/s, %.1f interview requests/s (%d answers)%n",
                run.answersBySession.size(),
                seconds,
                run.answersBySession.size() / seconds,
                interviewRequests / seconds,
                run.latencies.count(List.of("answer")));
        System.out.print(run.latencies.table());
        System.out.printf(
                Locale.ROOT,
                "interview requests (start, answer, report): added p50 %s, p99 %s, max %s (goal p99 < 50 ms)%n",
                Latencies.ms(Latencies.percentile(added, 50)),
                Latencies.ms(Latencies.percentile(added, 99)),
                Latencies.ms(added.length == 0 ? 0 : added[added.length - 1]));
        if (added.length > 0) {
            System.out.print("interview requests over time:\n" + run.latencies.timeline(INTERVIEW_ROUTES, 10));
        }
        if (!options.offline()) {
            System.out.println("model calls by prompt: " + llm.calls());
        }
        if (!run.failures.isEmpty()) {
            System.out.printf("%d candidates failed, e.g.:%n", run.failures.size());
            run.failures.stream().limit(5).forEach(failure -> System.out.println("  " + failure));
        }
    }

    /** Reads every session back from the journal and counts submitted answers that are not there. */
    private static int lost(String store, Path home, Map<String, List<String>> answersBySession) {
        try (Mocksy journal = Mocksy.builder()
                .setting(MocksyHome.PROPERTY, home.toString())
                .setting(Capability.INTERVIEW_STORE.property(), "jdbc")
                .setting("mocksy.store.url", store)
                .setting(Capability.LANGUAGE_MODEL.property(), ProviderRegistry.NONE)
                .build()) {
            int lost = 0;
            for (Map.Entry<String, List<String>> session : answersBySession.entrySet()) {
                Set<String> stored = journal.loadSession(session.getKey()).turns().stream()
                        .map(Turn::answer)
                        .filter(java.util.Objects::nonNull)
                        .map(answer -> answer.text())
                        .collect(Collectors.toSet());
                lost += (int) session.getValue().stream()
                        .filter(answer -> !stored.contains(answer))
                        .count();
            }
            return lost;
        }
    }
}
